# A Matrix class with operator overloading: +, -, * (scalar and matrix), @, **, ==,
# transpose, determinant, inverse with fractions-free integer checks, and __str__.
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and of equal length")
        self.rows = [list(r) for r in rows]
        self.n, self.m = len(rows), len(rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, n, m):
        return cls([[0] * m for _ in range(n)])

    def __repr__(self):
        return "Matrix(%r)" % self.rows

    def __str__(self):
        width = max(len(str(v)) for r in self.rows for v in r)
        return "\n".join("[" + " ".join(str(v).rjust(width) for v in r) + "]" for r in self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v

    def _same_shape(self, other):
        if (self.n, self.m) != (other.n, other.m):
            raise ValueError("shape mismatch: %dx%d vs %dx%d" % (self.n, self.m, other.n, other.m))

    def __add__(self, other):
        self._same_shape(other)
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __sub__(self, other):
        self._same_shape(other)
        return Matrix([[a - b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __neg__(self):
        return self * -1

    def __mul__(self, k):
        if isinstance(k, Matrix):
            return self @ k
        return Matrix([[v * k for v in r] for r in self.rows])

    def __rmul__(self, k):
        return self * k

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError("cannot multiply %dx%d by %dx%d" % (self.n, self.m, other.n, other.m))
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __pow__(self, k):
        result, base = Matrix.identity(self.n), self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def det(self):
        if self.n != self.m:
            raise ValueError("determinant of a non-square matrix")
        if self.n == 1:
            return self.rows[0][0]
        total = 0
        for j in range(self.m):
            minor = Matrix([r[:j] + r[j + 1:] for r in self.rows[1:]]) if self.n > 1 else None
            total += (-1) ** j * self.rows[0][j] * minor.det()
        return total

    def trace(self):
        return sum(self.rows[i][i] for i in range(min(self.n, self.m)))

A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B, A - B, sep="\n")
print(repr(A @ B), repr(B @ A), repr(2 * A), repr(A * 3), repr(-A))
print(A ** 5)
F = Matrix([[1, 1], [1, 0]])
print("fib(60) =", (F ** 60)[0, 1], "trace", (F ** 10).trace())
C = Matrix([[2, -3, 1], [2, 0, -1], [1, 4, 5]])
print(C.det(), C.transpose().det(), (C @ C).det() == C.det() ** 2, C.transpose().transpose() == C)
R = Matrix([[1, 2, 3], [4, 5, 6]])
print(R @ R.transpose(), R.transpose() @ R, sep="\n")
print(Matrix.identity(3) @ C == C, A == Matrix([[1, 2], [3, 4]]), A != B, A == [[1, 2], [3, 4]])
Z = Matrix.zeros(2, 2)
Z[0, 1] = 7
print(repr(Z), Z[0, 1])
for bad in [lambda: A + R, lambda: A @ R.transpose(), lambda: R.det(), lambda: Matrix([[1], [2, 3]])]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
