# Exceptions raised from inside loops that have run many iterations.
def risky(i):
    if i == 7777:
        raise ValueError("bad " + str(i))
    return i % 7
total = 0
try:
    for i in range(20000):
        total += risky(i)
except ValueError as e:
    print("stopped:", e, total)
caught = 0
acc = 0
for i in range(10000):
    try:
        acc += 100 // (i % 1000)
    except ZeroDivisionError:
        caught += 1
print(caught, acc)
data = list(range(3000))
idx = 0
s = 0
try:
    while True:
        s += data[idx]
        idx += 1
except IndexError as e:
    print("IndexError:", e, idx, s)
d = {i: i for i in range(4000)}
missing = 0
for i in range(5000):
    try:
        d[i] += 1
    except KeyError:
        missing += 1
print(missing, sum(d.values()))
def finally_counter(n):
    count = 0
    for i in range(n):
        try:
            if i % 3 == 0:
                continue
            if i == n - 1:
                break
        finally:
            count += 1
    return count
print(finally_counter(9000))
