a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print({**a, **b}, {**b, **a}, {**a, "w": 0, **b}, {"y": -1, **a})
print(a | b, b | a, a)
c = a.copy()
c |= b
print(c)
c |= [("q", 9)]
print(c)
try:
    a | [("q", 1)]
except TypeError as e:
    print("TypeError:", e)
def kw(**opts):
    return opts
print(kw(**a, z=3))
try:
    kw(**a, x=5)
except TypeError as e:
    print("TypeError:", e)
