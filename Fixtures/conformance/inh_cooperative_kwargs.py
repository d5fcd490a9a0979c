# Cooperative __init__ with **kwargs through a multiple-inheritance chain.
class Root:
    def __init__(self, **kwargs):
        if kwargs:
            print("Root ignores", sorted(kwargs))
        print("Root init")

class Named(Root):
    def __init__(self, name="?", **kwargs):
        self.name = name
        print("Named init", name)
        super().__init__(**kwargs)

class Colored(Root):
    def __init__(self, color="none", **kwargs):
        self.color = color
        print("Colored init", color)
        super().__init__(**kwargs)

class Sized(Root):
    def __init__(self, size=0, **kwargs):
        self.size = size
        print("Sized init", size)
        super().__init__(**kwargs)

class Widget(Named, Colored, Sized):
    def __init__(self, **kwargs):
        print("Widget init", sorted(kwargs.items()))
        super().__init__(**kwargs)

print([c.__name__ for c in Widget.__mro__])
w = Widget(name="btn", color="red", size=3)
print(vars(w))
w2 = Widget(size=7, extra=True)
print(vars(w2))

# mixins adding methods on top of a base
class JsonMixin:
    def to_json(self):
        parts = []
        for k in sorted(vars(self)):
            v = vars(self)[k]
            if isinstance(v, str):
                parts.append('"%s": "%s"' % (k, v))
            else:
                parts.append('"%s": %s' % (k, v))
        return "{" + ", ".join(parts) + "}"

class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and vars(self) == vars(other)

class Item(JsonMixin, EqMixin, Named):
    def __init__(self, name, qty):
        super().__init__(name=name)
        self.qty = qty

a, b, c = Item("nut", 3), Item("nut", 3), Item("bolt", 1)
print(a.to_json(), c.to_json())
print(a == b, a == c, a != c, [x.__name__ for x in Item.__mro__])
