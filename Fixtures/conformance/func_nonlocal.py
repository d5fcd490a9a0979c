def outer():
    a = 1
    def level1():
        nonlocal a
        a += 10
        def level2():
            nonlocal a
            a *= 2
            return a
        return level2()
    r = level1()
    return a, r
print(outer())
def acc():
    total = 0
    items = []
    def add(x):
        nonlocal total
        total += x
        items.append(x)
        return total
    return add, lambda: (total, items)
add, state = acc()
add(3)
add(4)
print(state())
def shadow():
    x = "enclosing"
    def inner():
        x = "local"
        return x
    inner()
    return x
print(shadow())
