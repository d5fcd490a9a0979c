# Closures, generators and bound cells created and dropped in bulk; the surviving ones are called at the end.
keep = []
total = 0
def make_counter(start):
    n = [start]
    def inc(step=1):
        n[0] += step
        return n[0]
    return inc
def gen(k):
    for i in range(k):
        yield i * k
for i in range(50000):
    c = make_counter(i)
    c()
    total += c(2)
    g = gen(i % 6)
    total += sum(g)
    if i % 500 == 0:
        keep.append(c)
print(total, len(keep))
print([k() for k in keep][:5], [k(10) for k in keep][-3:])
