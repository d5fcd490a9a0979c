# Bound methods as objects: stored, passed around, __self__ / __func__, equality.
class Greeter:
    def __init__(self, greeting):
        self.greeting = greeting

    def greet(self, who):
        return self.greeting + ", " + who

hello = Greeter("Hello")
hi = Greeter("Hi")
f = hello.greet
print(f("world"), f.__name__, f.__self__ is hello, f.__func__ is Greeter.greet)
callbacks = [hello.greet, hi.greet, Greeter("Yo").greet]
print([cb("bob") for cb in callbacks])
print(list(map(hi.greet, ["a", "b"])))
# bound methods compare equal when same function and same instance
print(hello.greet == hello.greet, hello.greet == hi.greet, hello.greet is hello.greet)
# the bound method keeps seeing attribute changes of its instance
hello.greeting = "Howdy"
print(f("partner"))
# plain function retrieved from the class takes self explicitly
g = Greeter.greet
print(g(hi, "explicit"), type(g).__name__, type(f).__name__)
# methods of built-in objects are bound too
items = []
push = items.append
for i in range(4):
    push(i * i)
print(items, push.__self__ is items, push.__name__)
d = {"a": 1}
getter = d.get
print(getter("a"), getter("z", 0))
# sorting with a bound method as key
class Ranker:
    def __init__(self, order):
        self.order = order

    def rank(self, x):
        return self.order.index(x)

r = Ranker(["low", "mid", "high"])
print(sorted(["high", "low", "mid", "low"], key=r.rank))
print(max(["mid", "low"], key=r.rank))
