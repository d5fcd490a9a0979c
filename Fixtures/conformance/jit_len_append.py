# len() and list.append in hot loops: exact lists, tuples and strs take the inline path; every
# other receiver (subclasses, user __len__, dicts, sets, ranges, bytes, a list that must grow, a
# list subclass overriding append) must behave exactly as in CPython.
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

class MyList(list):
    def __len__(self):
        return 42
    def append(self, x):
        list.append(self, ("wrapped", x))

class Bad:
    def __len__(self):
        return -1

def lengths(items):
    out = []
    total = 0
    for x in items:
        n = len(x)
        out.append(n)
        total += n
    return total, out

samples = [[1, 2, 3], (), "héllo", "😀x", {1: 2}, {1, 2, 3}, range(7), b"abc", Sized(5), MyList([1]), frozenset([1])]
for _ in range(50):
    r = lengths(samples)
print(r)

def grow(n):
    acc = []
    for i in range(n):
        acc.append(i * i)
        if len(acc) % 1000 == 0:
            acc.append(len(acc))
    return len(acc), acc[-3:], sum(acc) % 1000003

print(grow(20000))

def append_into(target, n):
    for i in range(n):
        target.append(i)
    return target

print(append_into(MyList(), 100)[-2:], len(append_into(MyList(), 100)))
print(len(append_into([], 100)), append_into([], 100)[-1])

def failing(items):
    done = 0
    try:
        for x in items:
            done += len(x)
    except TypeError as e:
        print("TypeError:", e, done)
    try:
        for x in [Sized(1)] * 100 + [Bad()]:
            done += len(x)
    except ValueError as e:
        print("ValueError:", e, done)

failing(["ab"] * 200 + [3])

def shared_growth():
    a = []
    b = a
    for i in range(5000):
        a.append(i)
    return len(a), len(b), a is b, b[4999]

print(shared_growth())

def sort_then_append():
    items = list(range(50, 0, -1))
    result = []
    def key(v):
        result.append(v)
        return -v
    items.sort(key=key)
    return items[:3], len(result)

print(sort_then_append())
