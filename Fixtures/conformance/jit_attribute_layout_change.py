# Instance attribute layouts that change after the loop reading them was compiled: attributes
# added, deleted and re-added in another order, class attributes shadowed and unshadowed.
class P:
    scale = 10
    def __init__(self, x, y):
        self.x = x
        self.y = y

def total(points):
    s = 0
    for p in points:
        s += p.x * p.scale + p.y
    return s

pts = [P(i, i + 1) for i in range(3000)]
print(total(pts))
for p in pts[1000:1500]:
    p.z = 5                  # a new attribute: a new shape for these
print(total(pts))
for p in pts[2000:2100]:
    del p.x                  # x removed ...
    p.x = -1                 # ... and added back after y: another order
print(total(pts))
for p in pts[::7]:
    p.scale = 1              # instances shadow the class attribute
print(total(pts))
P.scale = 3                  # the class attribute changes under compiled code
print(total(pts))
for p in pts[::7]:
    del p.scale              # and the shadowing goes away again
print(total(pts))
try:
    del pts[5].y
    print(total(pts))
except AttributeError as e:
    print("AttributeError:", e)
