# Builds and discards many binary trees made of tuples; one long-lived tree is verified after the churn.
def make(depth, label):
    if depth == 0:
        return (label,)
    return (make(depth - 1, label * 2), label, make(depth - 1, label * 2 + 1))
def check(t):
    if len(t) == 1:
        return 1, t[0]
    ln, ls = check(t[0])
    rn, rs = check(t[2])
    return ln + rn + 1, ls + rs + t[1]
long_lived = make(10, 1)
before = check(long_lived)
checks = 0
for i in range(1, 150):
    t = make(7, i)
    n, s = check(t)
    checks += n + s % 97
print(before, checks)
print(check(long_lived) == before, long_lived[1], long_lived[0][1], long_lived[2][2][1])
