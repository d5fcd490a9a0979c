# Small ints kept shifted in registers across loop iterations: overflow past the 50-bit
# small-int range at the add/subtract/multiply (exit, big-int result), int phis carrying
# each other, and shifted ints passed to generic code (lists, calls, formatting).

def count_up(start, step, n):
    x = start
    i = 0
    while i < n:
        x = x + step
        i += 1
    return x, type(x).__name__

LIMIT = 2 ** 49
print(count_up(LIMIT - 20, 1, 40))
print(count_up(-LIMIT + 20, -1, 40))
print(count_up(LIMIT - 1000, 7, 300))
print(count_up(0, 3, 1000))

def double_up(n):
    x = 1
    out = []
    for i in range(n):
        x = x * 2
        if i % 9 == 0:
            out.append(x)
    return x, out

print(double_up(10), double_up(60), double_up(120))

def fib(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a, b

print(fib(10), fib(70), fib(100))

def sub_to_negative(n):
    x = 5
    y = 0
    for i in range(n):
        x = x - 3
        y = y + x * i
        if x < -10:
            y = y - 1
    return x, y, str(x), [x, y]

print(sub_to_negative(4), sub_to_negative(500))

def to_helpers(n):
    total = 0
    keys = []
    for i in range(n):
        total = total + i * 3
        keys.append(total)
        s = str(total)
    return total, keys[-2:], s, max(keys), hex(total)

print(to_helpers(5), to_helpers(3000))

def near_limit_compare(n):
    x = 2 ** 49 - n
    hits = 0
    while x < 2 ** 49 + 5:
        x = x + 1
        if x > 2 ** 49 - 3:
            hits += 1
    return x, hits

print(near_limit_compare(10), near_limit_compare(100))
