# Recursive functions called many times from loops (call inlining and deopt on base cases).
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
acc = 0
for i in range(1, 6000):
    acc += gcd(i * 7919, 104729 + i)
print(acc)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(sum(depth(i % 50) for i in range(4000)))
def power(b, e):
    if e == 0:
        return 1
    h = power(b, e // 2)
    return h * h * (b if e % 2 else 1)
print(sum(power(3, i % 60) % 1000007 for i in range(3000)), power(2.0, 50), power(-1, 7))
def ping(n):
    return "done" if n <= 0 else pong(n - 1)
def pong(n):
    return ping(n - 2)
print([ping(i) for i in range(5)], ping(700))
