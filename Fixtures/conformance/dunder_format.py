# __format__ and format specs: f"{obj:spec}", format(), str.format, and the default error.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        print("  __format__ spec=%r" % spec)
        amount = self.cents / 100
        if spec == "" or spec == "plain":
            return "%.2f" % amount
        if spec.endswith("$"):
            width = spec[:-1]
            text = "$%.2f" % amount
            return text.rjust(int(width)) if width else text
        return format(amount, spec)

    def __str__(self):
        return "Money(%d)" % self.cents

m = Money(123456)
print(f"{m}|{m:plain}|{m:12$}|{m:$}|{m:,.1f}|{m:>10.0f}")
print(format(m, "8.3f"), "{:$} and {}".format(m, m), "{0:plain}".format(m))
print(f"{m!s}", f"{m!s:>14}", str(m))
width = 9
print(f"{m:{width}$}")

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __format__(self, spec):
        if spec.startswith("polar"):
            return "polar(...)"
        inner = spec or "g"
        return "(" + format(self.x, inner) + ", " + format(self.y, inner) + ")"
pt = Point(1.5, -2.25)
print(f"{pt}", f"{pt:.3f}", f"{pt:+08.2f}", f"{pt:polar}", "{:e}".format(pt))

# object.__format__ accepts only an empty spec
class Plain:
    def __str__(self):
        return "plain!"
print(f"{Plain()}", format(Plain()), "{}".format(Plain()))
try:
    f"{Plain():>10}"
except TypeError as e:
    print("TypeError:", e)
# __format__ must return a str
class Bad:
    def __format__(self, spec):
        return 42
try:
    format(Bad())
except TypeError as e:
    print("TypeError:", e)
# subclasses of int keep int formatting
class Flags(int):
    pass
print(f"{Flags(10):08b}", format(Flags(255), "x"), f"{Flags(7)}")
