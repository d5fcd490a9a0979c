# Dense matrix multiplication on lists of lists (floats and ints).
N = 280

def make(n, seed):
    m = []
    for i in range(n):
        row = []
        for j in range(n):
            seed = (seed * 69069 + 1) % 4294967296
            row.append((seed % 1000) / 100.0 - 5.0)
        m.append(row)
    return m

def matmul(a, b):
    n = len(a)
    p = len(b[0])
    bt = [[b[k][j] for k in range(len(b))] for j in range(p)]
    out = []
    for i in range(n):
        ai = a[i]
        row = []
        for j in range(p):
            bj = bt[j]
            s = 0.0
            for k in range(len(ai)):
                s += ai[k] * bj[k]
            row.append(s)
        out.append(row)
    return out

a = make(N, 1)
b = make(N, 2)
c = matmul(a, b)
d = matmul(c, a)
trace = 0.0
for i in range(N):
    trace += d[i][i]
print("%.6f" % trace)
print("%.6f %.6f" % (c[0][0], c[N - 1][N - 1]))
ia = [[(i * j) % 7 - 3 for j in range(N // 2)] for i in range(N // 2)]
ib = matmul(ia, ia)
print(sum(sum(int(v) for v in row) for row in ib))
