# Class attributes versus instance attributes: lookup, shadowing, mutation.
class Counter:
    kind = "counter"
    step = 1
    shared = []

    def __init__(self, name):
        self.name = name
        self.value = 0

    def tick(self):
        self.value += self.step
        return self.value

a = Counter("a")
b = Counter("b")
print(a.kind, b.kind, Counter.kind)
print(a.tick(), a.tick(), b.tick())

# instance attribute shadows the class attribute for that instance only
a.step = 10
print(a.tick(), b.tick(), a.step, b.step, Counter.step)
print("step" in vars(a), "step" in vars(b))

# rebinding the class attribute is seen by instances without their own copy
Counter.step = 100
print(a.tick(), b.tick())
del a.step
print("after del a.step:", a.step, a.tick())

# mutating a shared mutable class attribute is seen by every instance
a.shared.append("from a")
b.shared.append("from b")
print(Counter.shared, a.shared is b.shared)

# assigning through the instance creates an instance attribute instead
a.shared = ["own"]
print(a.shared, b.shared, Counter.shared)

# augmented assignment on a class attribute through an instance
Counter.total = 5
a.total += 1
print(a.total, b.total, Counter.total, sorted(vars(a)))
print(sorted(k for k in vars(Counter) if not k.startswith("__")))
