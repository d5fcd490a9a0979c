# Float loops that run into inf, nan, -0.0 and division by zero after warming up.
x = 1.0
steps = 0
while x != float("inf"):
    x *= 1.7
    steps += 1
print(steps, x, x - x, -x)
y = 1.0
n = 0
while y > 0.0:
    y /= 3.0
    n += 1
print(n, y, -y)
vals = []
v = 10.0
for i in range(3000):
    v = v - 0.005
    if i % 500 == 0:
        vals.append(round(v, 6))
print(vals, v)
total = 0.0
try:
    for i in range(5000, -1, -1):
        total += 1.0 / (i - 2000)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, round(total, 9))
nan = float("nan")
cnt = 0
for i in range(4000):
    z = nan if i == 3999 else i * 0.5
    if z == z:
        cnt += 1
print(cnt, nan != nan)
s = 0.0
for i in range(10000):
    s += (-1) ** i / (2 * i + 1)
print(s * 4)
