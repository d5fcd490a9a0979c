# __repr__ vs __str__: print, str(), repr(), containers, f-string conversions, fallback.
class Both:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "Both(%r)" % (self.v,)

    def __str__(self):
        return "<both %s>" % (self.v,)

class ReprOnly:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "ReprOnly(" + repr(self.v) + ")"

class StrOnly:
    def __str__(self):
        return "just str"

b = Both("x")
r = ReprOnly(3)
print(b)
print(str(b), repr(b))
print([b, b], (b,), {"k": b}, {1: r})
print(r, str(r), [r])
print(f"{b} {b!r} {b!s} {r} {r!r}")
print("%s %r" % (b, b))
print("{} {!r}".format(b, r))
print(str(StrOnly()), f"{StrOnly()}")
print(repr([Both(1), ReprOnly("s"), Both(ReprOnly(None))]))
print(str([Both([1, 2])]))
nested = Both(Both(Both(0)))
print(nested, repr(nested))
# str of a tuple of objects uses repr of the elements
print(str((Both(1), ReprOnly(2))))
# repr with a string attribute quotes it
print(repr(ReprOnly("it's")), repr(ReprOnly('say "hi"')))
# join needs str()
print(", ".join(str(x) for x in [Both(1), Both(2)]))
print(", ".join(map(repr, [Both(1), ReprOnly(2)])))
