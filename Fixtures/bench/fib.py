# Recursive Fibonacci: call-heavy integer code.
N = 34

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

total = 0
for n in range(N - 3, N + 1):
    v = fib(n)
    total += v
    print(n, v)
print("total", total)
