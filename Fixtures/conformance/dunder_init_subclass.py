# __init_subclass__: registries, keyword arguments in the class statement, validation.
class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        key = name or cls.__name__.lower()
        print("registering", key, "from", cls.__name__)
        Plugin.registry[key] = cls

class CsvExporter(Plugin, name="csv"):
    def run(self, rows):
        return "\n".join(",".join(map(str, r)) for r in rows)

class JsonExporter(Plugin, name="json"):
    def run(self, rows):
        return "[" + ", ".join("[" + ", ".join(map(repr, r)) + "]" for r in rows) + "]"

class Tsv(CsvExporter):
    def run(self, rows):
        return super().run(rows).replace(",", "\t")

print(sorted(Plugin.registry))
rows = [(1, "a"), (2, "b")]
for key in sorted(Plugin.registry):
    print(key, "=>", repr(Plugin.registry[key]().run(rows)))

class Strict:
    required = ()
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "required" in cls.__dict__:
            return  # an intermediate base declaring requirements
        missing = [m for m in cls.required if not hasattr(cls, m)]
        if missing:
            raise TypeError("%s is missing %s" % (cls.__name__, ", ".join(missing)))

class Shape(Strict):
    required = ("area", "name")
    def name(self):
        return type(self).__name__

try:
    class Circle(Shape):
        def area(self):
            return 3
    print("Circle ok", Circle().name(), Circle().area())
    class Blob(Shape):
        pass
except TypeError as e:
    print("TypeError:", e)

# unknown class keyword reaches object.__init_subclass__
try:
    class Weird(Strict, color="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

# __init_subclass__ is implicitly a classmethod and runs for every level
class Counter:
    depth = 0
    def __init_subclass__(cls):
        cls.depth = cls.depth + 1
class L1(Counter): pass
class L2(L1): pass
class L3(L2): pass
print(Counter.depth, L1.depth, L2.depth, L3.depth)
