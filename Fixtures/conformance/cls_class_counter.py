# Class-level counters and registries updated from __init__.
class Widget:
    count = 0
    registry = {}

    def __init__(self, name):
        Widget.count += 1
        self.serial = Widget.count
        Widget.registry[name] = self
        self.name = name

    @classmethod
    def lookup(cls, name):
        return cls.registry.get(name)

for n in ["alpha", "beta", "gamma"]:
    Widget(n)
print(Widget.count, sorted(Widget.registry))
print(Widget.lookup("beta").serial, Widget.lookup("zeta"))

# type(self).count += 1 creates a per-subclass counter on first use
class Base:
    created = 0

    def __init__(self):
        type(self).created += 1

class A(Base):
    pass

class B(Base):
    pass

A(); A(); B(); Base()
print(Base.created, A.created, B.created)
print("created" in A.__dict__, "created" in B.__dict__)

# a counter shared through a mutable class attribute
class Node:
    ids = [0]

    def __init__(self):
        self.ident = self.ids[0]
        self.ids[0] += 1

class Leaf(Node):
    pass

nodes = [Node(), Leaf(), Node(), Leaf()]
print([n.ident for n in nodes], Node.ids, Leaf.ids is Node.ids)
