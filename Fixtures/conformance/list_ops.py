a = [1, 2]
b = [3]
print(a + b, a * 3, 2 * b, a * 0, a * -1, [] + [], [[0]] * 3)
c = a
c += b
print(a, c is a)
c = c + [4]
print(a, c, c is a)
d = [1, 2]
e = d
d *= 2
print(e, d is e)
g = [[0] * 2] * 2
g[0][0] = 5
print(g)
h = [[0] * 2 for _ in range(2)]
h[0][0] = 5
print(h)
x = [1]
x += "ab"
x += range(2)
print(x)
try:
    [1] + (2,)
except TypeError as e:
    print("TypeError:", e)
try:
    [1] * 1.5
except TypeError as e:
    print("TypeError:", e)
try:
    [1] - [1]
except TypeError as e:
    print("TypeError:", e)
