def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    return [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(p)] for i in range(n)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def transpose(a):
    return [list(r) for r in zip(*a)]
def mat_pow(a, e):
    result = identity(len(a))
    while e:
        if e & 1:
            result = matmul(result, a)
        a = matmul(a, a)
        e >>= 1
    return result
def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(matmul(a, b))
print(transpose(a))
print(mat_pow([[1, 1], [1, 0]], 90)[0][1])
m = [[2, -3, 1, 5], [4, 0, -2, 1], [1, 1, 1, 1], [3, 2, -1, 0]]
print(det(m), det(identity(4)), det(matmul(m, m)) == det(m) ** 2)
f = [[0.5, 0.25], [0.125, 1.5]]
print(mat_pow(f, 5))
for row in matmul(identity(3), [[1.5, 2, 3], [4, 5, 6], [7, 8, 9]]):
    print(" ".join("%6.2f" % v for v in row))
