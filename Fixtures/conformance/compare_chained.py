calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(3))
print(calls)
calls.clear()
print(v(3) < v(2) < v(1))
print(calls)
calls.clear()
print(v(1) < v(5) > v(2) == v(2) != v(7))
print(calls)
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5, x == 5 == 5.0, 1 < 2 < 3 < 4 < 5 < 4)
print("a" < "b" < "c", [1] < [2] <= [2], (1, 2) < (1, 3) < (2,))
n = None
print(1 in [1, 2] in [[1, 2]], x is not n is not False)
a = b = [1]
print(a is b is a, a == b == [1], a is b is not [1])
