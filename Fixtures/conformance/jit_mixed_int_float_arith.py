# Mixed float/int arithmetic in hot loops (compiled natively when both types are known):
# float op int and int op float for + - * /, int / int, exact conversion of large small ints,
# signed zeros and division by zero raised from inside the loop.

def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)

def spectral(n):
    s = 0.0
    for i in range(n):
        for j in range(n):
            s += eval_a(i, j) * (j + 0.5)
    return s

print("spectral", spectral(30))

def mixed(n):
    acc = 0.0
    out = []
    for i in range(n):
        k = i * 7 - 20
        acc = acc + k            # float + int
        acc = k - acc * 0.5      # int - float
        q = k / 3                # int / int
        r = 2.5 * k              # float * int
        t = k * -0.0             # int * float: signed zero
        if i % 50 == 0:
            out.append((k, q, r, t, acc))
    return acc, out

print("mixed", mixed(3))
print("mixed", mixed(400))

def big_ints(n):
    x = 2 ** 48 + 1
    y = 0.0
    for i in range(n):
        y = y + x / 3.0 + (x - i) * 1.0
        x = x - 12345
    return x, y

print("big", big_ints(100))

def divide_until_zero(start):
    total = 0.0
    k = start
    try:
        while True:
            total += 10.0 / k
            k -= 1
    except ZeroDivisionError as e:
        return "ZeroDivisionError", str(e), total, k

print(divide_until_zero(5), divide_until_zero(300))

def int_divide_until_zero(start):
    total = 0.0
    k = start
    try:
        while True:
            total += (k * 3) / k
            k -= 1
    except ZeroDivisionError as e:
        return "ZeroDivisionError", str(e), total, k

print(int_divide_until_zero(4), int_divide_until_zero(250))

def float_divisor_zero(n):
    d = 3.0
    s = 0
    try:
        for i in range(n):
            s = s + i / d
            d = d - 1.0
    except ZeroDivisionError as e:
        return "ZeroDivisionError", str(e), s, d
    return s, d

print(float_divisor_zero(2), float_divisor_zero(10))
