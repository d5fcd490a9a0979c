# Properties built by factory functions: typed and bounded attributes shared across classes.
def typed(name, kind):
    key = "_" + name
    def get(self):
        return getattr(self, key)
    def set(self, value):
        if not isinstance(value, kind):
            raise TypeError("%s must be %s, got %s" % (name, kind.__name__, type(value).__name__))
        setattr(self, key, value)
    return property(get, set)

def bounded(name, lo, hi):
    key = "_" + name
    def get(self):
        return self.__dict__[key]
    def set(self, value):
        if not lo <= value <= hi:
            raise ValueError("%s=%r out of range [%r, %r]" % (name, value, lo, hi))
        self.__dict__[key] = value
    return property(get, set)

class Product:
    name = typed("name", str)
    qty = typed("qty", int)
    rating = bounded("rating", 0, 5)

    def __init__(self, name, qty, rating):
        self.name = name
        self.qty = qty
        self.rating = rating

    def __repr__(self):
        return "Product(%r, %r, %r)" % (self.name, self.qty, self.rating)

p = Product("pen", 10, 4)
print(p, sorted(vars(p)))
for args in [("cup", "3", 1), (5, 1, 1), ("ink", 2, 9), ("ok", True, 0)]:
    try:
        print(Product(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
p.rating = 5
p.qty += 5
print(p)
