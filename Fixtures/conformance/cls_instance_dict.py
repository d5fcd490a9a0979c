# vars(obj) / obj.__dict__: insertion order, adding and deleting attributes, direct dict writes.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(vars(p), p.__dict__ == vars(p), vars(p) is p.__dict__)
p.z = 3
p.label = "P"
print(p.__dict__)
del p.y
print(p.__dict__, hasattr(p, "y"))
p.y = 20
print(list(p.__dict__))

# writing into __dict__ creates attributes
p.__dict__["w"] = 99
print(p.w, sorted(vars(p).items()))
# deleting from __dict__ removes them
del p.__dict__["w"]
print(hasattr(p, "w"))

# each instance has its own dict; the class dict holds methods and class attrs
q = Point(5, 6)
print(vars(q), "x" in Point.__dict__, "__init__" in Point.__dict__)

# setattr with computed names, including names that are not identifiers
for i in range(3):
    setattr(q, "f%d" % i, i * i)
setattr(q, "not an identifier", True)
print(vars(q))
print(getattr(q, "not an identifier"))

# replacing an attribute keeps its position in the dict
q.x = "new"
print(list(vars(q).items())[:2])

# copying state between instances through dicts
r = Point(0, 0)
r.__dict__.update(q.__dict__)
print(r.x, r.f2, len(vars(r)))
print(vars(r) == vars(q), vars(r) is vars(q))
