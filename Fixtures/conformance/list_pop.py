a = list("abcdef")
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-2), a)
print(a.pop(1), a)
while a:
    print("popped", a.pop())
try:
    a.pop()
except IndexError as e:
    print("IndexError:", e)
b = [1, 2]
try:
    b.pop(5)
except IndexError as e:
    print("IndexError:", e)
try:
    b.pop("x")
except TypeError as e:
    print("TypeError:", e)
stack = []
for tok in "3 4 + 2 *".split():
    if tok in "+*":
        y = stack.pop()
        x = stack.pop()
        stack.append(x + y if tok == "+" else x * y)
    else:
        stack.append(int(tok))
print(stack)
