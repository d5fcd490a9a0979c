a = []
for i in range(5):
    a.append(i * i)
print(a)
a.extend([100, 200])
a.extend("ab")
a.extend(range(2))
a.extend((x for x in [7, 8]))
a.extend({"k": 1})
print(a)
a.append([9, 10])
print(a, len(a))
b = [1, 2, 3]
b.insert(0, "first")
b.insert(2, "mid")
b.insert(100, "end")
b.insert(-1, "beforelast")
b.insert(-100, "start")
print(b)
c = [1]
c.extend(c)
c.extend(c)
print(c)
try:
    a.extend(5)
except TypeError as e:
    print("TypeError:", e)
try:
    a.append(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(a.append(0) is None)
