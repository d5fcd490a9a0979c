x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
a = [1, 2, 3, 4]
del a[1], a[0]
print(a)
d = {"k": 1, "j": 2}
del d["k"]
print(d)
p, q = 1, 2
del p, q
try:
    print(p)
except NameError as e:
    print("NameError:", e)
def f():
    v = 1
    del v
    return v
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    del undefined_thing
except NameError as e:
    print("NameError:", e)
m = [[1, 2], [3, 4]]
del m[1][0]
print(m)
