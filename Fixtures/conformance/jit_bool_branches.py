# Branches whose history saw only True/False test the value directly in Tier 2, behind a guard
# that it is a bool; anything else (ints, None, containers, objects with __bool__/__len__ and
# side effects) must leave through that guard and be tested the general way.
class Truthy:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        Truthy.calls += 1
        return self.v

class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

class Broken:
    def __bool__(self):
        raise ValueError("no truth")

def count_true(values):
    n = 0
    for v in values:
        if v:
            n += 1
    return n

bools = [i % 3 == 0 for i in range(3000)]
print(count_true(bools))
mixed = bools + [0, 1, 2, None, "", "x", [], [0], (), {}, {1: 2}, 0.0, -0.5, Truthy(True), Truthy(False), Sized(0), Sized(4)]
print(count_true(mixed), Truthy.calls)
for _ in range(3):
    print(count_true(bools + [Truthy(True)] * 5), Truthy.calls)

def count_false(values):
    n = 0
    for v in values:
        if not v:
            n += 1
    return n

print(count_false(bools), count_false(mixed))

def first_failure(values):
    done = 0
    try:
        for v in values:
            if v:
                done += 1
    except ValueError as e:
        return done, str(e)

print(first_failure(bools + [Broken()] + bools))

def while_flag(flags):
    i = 0
    total = 0
    while flags[i]:
        total += i
        i += 1
    return total, i

print(while_flag([True] * 2000 + [False]), while_flag([True] * 500 + [1, 2, 0]), while_flag([1] * 300 + [None]))

def conditional_expr(values):
    return sum(1 if v else -1 for v in values)

print(conditional_expr(bools), conditional_expr(mixed[:-4]))
