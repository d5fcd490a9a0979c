# A hot loop whose integer accumulator leaves the 64-bit range part-way through (and comes back).
x = 1
trace = []
for i in range(20000):
    x = x * 3 + i
    if abs(x) > 2**62:
        x = x % 1000003 - 500000
        trace.append(i)
print(x, len(trace), trace[:5], trace[-3:])
acc = 0
for i in range(10000):
    acc += 2**61 if i % 2 else -(2**61)
    acc += i * i * i
print(acc)
big = 2**63 - 10
for i in range(20):
    big += 1
print(big, type(big).__name__, big - 2**63)
neg = -(2**63) + 5
for i in range(10):
    neg -= 1
print(neg, neg * neg, -neg // 3)
m = 1
for i in range(1, 3000):
    m = (m * i) % (2**64 + 13)
print(m)
