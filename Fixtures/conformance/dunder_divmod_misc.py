# More numeric hooks: __divmod__/__rdivmod__, three-argument pow, __round__, __matmul__.
class Duration:
    def __init__(self, seconds):
        self.s = seconds

    def __repr__(self):
        h, rest = divmod(self.s, 3600)
        m, s = divmod(rest, 60)
        return "%d:%02d:%02d" % (h, m, s)

    def __divmod__(self, other):
        q, r = divmod(self.s, other.s)
        return q, Duration(r)

    def __rdivmod__(self, other):
        return ("rdivmod", other, self.s)

    def __pow__(self, exp, mod=None):
        if mod is None:
            return Duration(self.s ** exp)
        return Duration(pow(self.s, exp, mod))

    def __round__(self, nd=None):
        unit = 60 if nd is None else 10 ** nd
        return Duration((self.s + unit // 2) // unit * unit)

print(divmod(Duration(7384), Duration(3600)), divmod(100, Duration(7)))
print(Duration(3) ** 4, pow(Duration(3), 4, 50), round(Duration(89)), round(Duration(1234), 2))

class Mat:
    def __init__(self, rows):
        self.rows = rows
    def __matmul__(self, other):
        if not isinstance(other, Mat):
            return NotImplemented
        cols = list(zip(*other.rows))
        return Mat([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __rmatmul__(self, vec):
        return [sum(v * r[i] for v, r in zip(vec, self.rows)) for i in range(len(self.rows[0]))]
    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self
    def __repr__(self):
        return "Mat(%r)" % self.rows
a = Mat([[1, 2], [3, 4]])
b = Mat([[0, 1], [1, 0]])
print(a @ b, b @ a, [1, 1] @ a)
c = a
c @= a
print(c, c is a)
try:
    a @ 3
except TypeError as e:
    print("TypeError:", e)
