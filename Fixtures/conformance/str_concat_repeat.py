a = "foo"
b = "bar"
print(a + b, a + " " + b, a * 3, 3 * b, a * 0, repr(a * -2), "-" * 20)
c = a
c += b
c += "!" * 2
print(c, a)
parts = ""
for i in range(5):
    parts += str(i) + ","
print(parts, len(parts))
print("ab" * 2 + "cd" * 2, ("x" + "y") * 3)
try:
    print(a + 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 + a)
except TypeError as e:
    print("TypeError:", e)
try:
    print(a * 2.0)
except TypeError as e:
    print("TypeError:", e)
try:
    print(a * "b")
except TypeError as e:
    print("TypeError:", e)
