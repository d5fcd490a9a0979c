# Mixed int/float/bool arithmetic and comparisons through warm sites: small ints near the
# immediate range, huge ints (OverflowError converting to float), -0.0, nan, inf, and
# exact int/float equality of values past 2**53.
import math

HUGE = 10 ** 400
ops = ["+", "-", "*", "/", "//", "%", "**"]


def apply(op, a, b):
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "/":
        return a / b
    if op == "//":
        return a // b
    if op == "%":
        return a % b
    return a ** b


def show(x):
    if isinstance(x, float):
        return repr(x)
    if isinstance(x, int) and abs(x) > 10 ** 30:
        return "int(%d digits)" % len(str(abs(x)))
    return repr(x)


values = [0, 1, -1, 3, -7, 2 ** 49 - 1, -(2 ** 49), 2 ** 49, 2 ** 53 + 1, 2 ** 63, -(2 ** 64), HUGE, -HUGE,
          0.0, -0.0, 0.5, -2.5, 1e308, -1e-300, float("inf"), float("-inf"), float("nan"), True, False]


def table(op):
    lines = []
    for a in values:
        row = []
        for b in values:
            try:
                row.append(show(apply(op, a, b)))
            except (ZeroDivisionError, OverflowError, ValueError) as e:
                row.append(type(e).__name__ + ":" + str(e))
        lines.append(" ".join(row))
    return lines


for op in ops:
    if op == "**":
        continue
    for line in table(op):
        print(op, line)

for a in [2, -2, 2.0, -2.0, 0.5, 0, 0.0, -0.0, True, 10]:
    row = []
    for b in [2, -2, 0.5 if not a < 0 else 5, 3, 0, -1, 0.0, 1000, True]:
        try:
            row.append(show(a ** b))
        except (ZeroDivisionError, OverflowError, ValueError) as e:
            row.append(type(e).__name__ + ":" + str(e))
    print("**", row)


def compare_table():
    names = ["<", "<=", "==", "!=", ">", ">="]
    for a in values:
        for b in values:
            r = (a < b, a <= b, a == b, a != b, a > b, a >= b)
            print(show(a), show(b), "".join("1" if x else "0" for x in r))


compare_table()

# Warm loops mixing the operand types at one site.
def mixed_sum(items):
    total = 0
    for x in items:
        total = total + x
        total = total * 1
    return total


print(show(mixed_sum([1, 2, 3, 0.5, 4, True, -0.0])))
print(show(mixed_sum([1, 2, 2 ** 60, 3])))
try:
    print(mixed_sum([1.0, HUGE]))
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(mixed_sum([HUGE, 1.0]))
except OverflowError as e:
    print("OverflowError:", e)


def scale(xs, k):
    return [x * k - k / 2 + 1 for x in xs]


print(scale([1, 2.5, -3, 0], 2))
print(scale([1, 2.5, -3, 0], 0.5))
print(scale([1, 2.5, -3, 0], True))

# -0.0 from mixed operations
print(show(-0.0 + 0), show(0 + -0.0), show(-0.0 - 0), show(0 * -1.0), show(-0.0 * 5), show(0 / -3.0), show(-0.0 // 1))
print(show(0.0 - 0), show(-1 * 0.0), show(-0.0 % 3), show(0.0 % -3), show(-3 % 0.5), show(5 // -0.5))

# nan comparisons through warm sites
nan = float("nan")
cmp_results = []
for x in [nan, 1, 1.0, nan, 2 ** 60, True]:
    cmp_results.append((x == nan, x != nan, x < nan, nan >= x, x == x))
print(cmp_results)

# int/float equality past 2**53
big_pairs = [(2 ** 53, 2.0 ** 53), (2 ** 53 + 1, 2.0 ** 53), (2 ** 63, 2.0 ** 63), (2 ** 63 - 1, 2.0 ** 63),
             (10 ** 22, 1e22), (10 ** 23, 1e23), (HUGE, float("inf")), (2 ** 1023, 2.0 ** 1023)]
for a, b in big_pairs:
    print(a == b, b == a, a < b, b < a, a <= b, a != b, hash(a) == hash(b))

# bool with floats and ints
print(True + 0.5, False * 2.5, True / 2, True // 0.3, True - 1.0, 1.0 - True, True + True, True * -3)
print(True < 1.5, False == 0.0, True == 1.0, True > 0.99)
try:
    print(True / False)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1.5 / False)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1 / 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(1 % -0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
