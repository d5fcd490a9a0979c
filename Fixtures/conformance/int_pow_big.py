print(2**1000)
print(len(str(2**1000)), sum(int(c) for c in str(2**1000)))
print(3**200)
print((-3)**101)
print(7**77 % 1000000007)
f = 1
for i in range(2, 101):
    f *= i
print(f)
print(str(f).count("0"), len(str(f)))
print(10**50 // 3**40)
print((2**521 - 1) % 1000003)
