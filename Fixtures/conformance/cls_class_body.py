# The class body runs once, top to bottom, in its own namespace.
print("before class")

class Table:
    print("executing class body")
    size = 3
    squares = [i * i for i in range(size)]
    doubled = size * 2
    names = {}
    for _k in ("a", "b"):
        names[_k] = _k.upper()
    del _k

    def scale(self):
        # class-body names are not visible as bare names inside methods
        try:
            return size
        except NameError as e:
            return "NameError: " + str(e)

    def scale2(self):
        return self.size * 10

    if size > 2:
        def big(self):
            return "big"
    else:
        def small(self):
            return "small"

    print("end of class body", size, doubled)

print("after class")
t = Table()
print(Table.squares, Table.doubled, Table.names)
print(t.scale(), t.scale2(), hasattr(t, "big"), hasattr(t, "small"), t.big())
print(hasattr(Table, "_k"))
print(sorted(k for k in vars(Table) if not k.startswith("__")))

# a class body can refer to names in the enclosing module scope
factor = 7
class UsesGlobal:
    value = factor * 6
print(UsesGlobal.value)

# defining the same class name twice rebinds the name
class Thing:
    version = 1
first = Thing
class Thing:
    version = 2
print(first.version, Thing.version, first is Thing)
