# io.StringIO as programs use it to collect output: print(file=...), write, writelines,
# getvalue, an initial value, a subclass, and the TypeError for non-str writes; built-in
# module types report their short __name__.
import io
s = io.StringIO()
print("a", 1, file=s)
print("b", end="", file=s)
n = s.write("xyz")
s.writelines(["1", "2"])
print(repr(s.getvalue()), n, repr(io.StringIO("init").getvalue()), repr(s.getvalue()))
try:
    s.write(5)
except TypeError as e:
    print("TypeError:", e)
class Mine(io.StringIO):
    pass
m = Mine()
m.write("ok")
print(m.getvalue(), isinstance(m, io.StringIO), type(s).__name__)
import collections
print(type(collections.deque()).__name__, collections.deque, type(collections.defaultdict(int)).__name__)
try:
    collections.defaultdict(int).extra = 1
except AttributeError as e:
    print("AttributeError:", e)
