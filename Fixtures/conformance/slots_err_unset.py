# Uncaught AttributeError: reading a declared slot that was never assigned.
class Lazy:
    __slots__ = ("ready", "value")

    def __init__(self):
        self.ready = False

    def load(self):
        self.value = 42
        self.ready = True

a = Lazy()
a.load()
print(a.ready, a.value)
b = Lazy()
print(b.ready)
print(b.value)
