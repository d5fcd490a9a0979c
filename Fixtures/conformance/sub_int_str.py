# Subclasses of int and str: repr/str, which operations keep the subclass, extra methods.
class Port(int):
    def __new__(cls, value):
        value = int(value)
        if not 0 < value < 65536:
            raise ValueError("port out of range: %d" % value)
        return super().__new__(cls, value)

    def is_privileged(self):
        return self < 1024

p = Port("8080")
print(p, repr(p), type(p).__name__, p.is_privileged(), Port(22).is_privileged())
print(p + 1, type(p + 1).__name__, type(-p).__name__, type(abs(p)).__name__, p == 8080, hash(p) == hash(8080))
print(f"{p:06d}", "%d" % p, str(p), int(p) is not p, type(int(p)).__name__)
try:
    Port(70000)
except ValueError as e:
    print("ValueError:", e)

class Level(int):
    names = {0: "low", 1: "mid", 2: "high"}
    def __repr__(self):
        return "Level.%s" % self.names[int(self)]
    def __str__(self):
        return self.names[int(self)]
levels = [Level(2), Level(0), Level(1)]
print(levels, sorted(levels), max(levels), "%s/%d" % (levels[0], levels[0]), f"{levels[1]}")
print(sum(levels), [1, 2, 3][Level(1)], Level(2) * "ab")

class Path(str):
    def join(self, *parts):
        return Path("/".join([self.rstrip("/")] + [q.strip("/") for q in parts]))
    @property
    def name(self):
        return self.rsplit("/", 1)[-1]
    def __repr__(self):
        return "Path(%s)" % str.__repr__(self)
root = Path("/usr/")
lib = root.join("lib", "python3/")
print(lib, repr(lib), lib.name, type(lib).__name__, isinstance(lib, str))
print(type(lib.upper()).__name__, type(lib + "x").__name__, type(lib[1:]).__name__, lib.startswith("/usr"))
print(lib == "/usr/lib/python3", {lib: 1}["/usr/lib/python3"], len(lib), "lib" in lib)

class CaseInsensitive(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()
    def __hash__(self):
        return hash(self.lower())
ci = CaseInsensitive("Hello")
print(ci == "HELLO", "HELLO" == ci, ci != "world", ci in ["x", "hello"], len({ci, CaseInsensitive("HELLO")}))
