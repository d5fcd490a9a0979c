# Closures capturing instances; instances holding closures; late binding.
class Counter:
    def __init__(self):
        self.n = 0

    def make_incrementer(self, step):
        def inc():
            self.n += step
            return self.n
        return inc

c = Counter()
inc1 = c.make_incrementer(1)
inc5 = c.make_incrementer(5)
print(inc1(), inc5(), inc1(), c.n)

def make_accessors(obj, name):
    def get():
        return getattr(obj, name)
    def set(v):
        setattr(obj, name, v)
    return get, set

get, set_ = make_accessors(c, "n")
set_(100)
print(get(), c.n, inc1())

# late binding: every closure sees the final loop value unless captured
class Box:
    def __init__(self, v):
        self.v = v
boxes = [Box(i) for i in range(3)]
late = [lambda: b.v for b in boxes]
early = [lambda b=b: b.v for b in boxes]
print([f() for f in late], [f() for f in early])
boxes[0].v = 42
print([f() for f in early])

# instances storing callables that close over other instances
class Button:
    def __init__(self, label):
        self.label = label
        self.handlers = []

    def on_click(self, fn):
        self.handlers.append(fn)

    def click(self):
        return [h(self) for h in self.handlers]

log = Box([])
btn = Button("OK")
btn.on_click(lambda b: log.v.append("clicked " + b.label) or len(log.v))
btn.on_click(lambda b: b.label.lower())
print(btn.click(), btn.click(), log.v)

# nonlocal counter shared by methods of a class defined inside a function
def make_class():
    count = 0
    class Tracked:
        def __init__(self):
            nonlocal count
            count += 1
        @staticmethod
        def how_many():
            return count
    return Tracked
T = make_class()
T(); T(); T()
U = make_class()
U()
print(T.how_many(), U.how_many())
