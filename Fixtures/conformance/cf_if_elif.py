def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
print([classify(n) for n in [-5, 0, 3, 42, 1000]])
for v in [0, 1, "", "x", None, [], [0]]:
    if v:
        print(repr(v), "yes")
    else:
        print(repr(v), "no")
x = 7
if x > 5 and x < 10 or x == 100:
    print("in range")
if not x == 8:
    print("not eight")
if x:
    if x % 2:
        print("odd")
    else:
        print("even")
def grade(s):
    return "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in [95, 85, 75, 10]])
