a = [1, 2, 3, 4, 5]
a.reverse()
print(a)
b = a.copy()
a.clear()
print(a, b, len(a))
c = list(reversed(b))
print(c, b)
e = []
e.reverse()
inner = [1]
outer = [inner]
print(e, [1].copy(), outer.copy()[0] is inner)
