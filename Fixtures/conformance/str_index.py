s = "hello, world"
print(s[0], s[4], s[-1], s[-12], s[len(s) - 1], len(s))
for i in range(-3, 3):
    print(i, repr(s[i]))
u = "héllo ∑ 😀!"
print(len(u), u[1], u[6], u[8], u[-1], u[-2])
try:
    print(s[12])
except IndexError as e:
    print("IndexError:", e)
try:
    print(s[-13])
except IndexError as e:
    print("IndexError:", e)
try:
    print(""[0])
except IndexError as e:
    print("IndexError:", e)
try:
    print(s["a"])
except TypeError as e:
    print("TypeError:", e)
try:
    print(s[1.0])
except TypeError as e:
    print("TypeError:", e)
print(s[True], s[False])
