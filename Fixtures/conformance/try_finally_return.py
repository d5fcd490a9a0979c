def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    try:
        return "try"
    finally:
        return "finally"
print(g())
def h():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(h())
def order():
    out = []
    try:
        out.append(1)
        return out
    finally:
        out.append(2)
print(order())
def value_at_return():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_at_return())
def except_return():
    try:
        1 / 0
    except ZeroDivisionError:
        return "from except"
    finally:
        print("finally after except return")
print(except_return())
