n = 7**1500
s = str(n)
print(len(s), s[:20], s[-20:])
print(repr(n) == s, str(-n)[:5])
big = 10**4299
print(len(str(big)))
t = int("9" * 4300)
print(t == 10**4300 - 1, t % 1000)
try:
    str(10**4300)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(hex(10**5000)[:12], len(hex(10**5000)))
