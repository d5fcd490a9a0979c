# An uncaught exception raised deep in a call chain: the last stderr line is the exception.
def a(n):
    return b(n) + 1
def b(n):
    return c(n) * 2
def c(n):
    return [1, 2, 3][n]
print(a(1))
print(a(7))
