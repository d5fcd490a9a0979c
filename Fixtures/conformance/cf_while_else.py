n = 0
while n < 5:
    n += 1
else:
    print("while finished normally", n)
n = 0
while n < 5:
    n += 1
    if n == 3:
        print("breaking at", n)
        break
else:
    print("not printed")
i = 0
out = []
while True:
    i += 1
    if i % 2:
        continue
    if i > 10:
        break
    out.append(i)
print(out)
while False:
    print("never")
else:
    print("else of never-run loop")
def find(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            return i
        i += 1
    else:
        return -1
print(find("hello", "l"), find("hello", "z"))
