# Binary arithmetic dunders on a fraction-like class.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

class Frac:
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Frac denominator is zero")
        if d < 0:
            n, d = -n, -d
        g = gcd(n, d) or 1
        self.n, self.d = n // g, d // g

    def __repr__(self):
        return "%d/%d" % (self.n, self.d) if self.d != 1 else "%d" % self.n

    @staticmethod
    def lift(x):
        return x if isinstance(x, Frac) else Frac(x)

    def __add__(self, o):
        o = Frac.lift(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)

    def __sub__(self, o):
        o = Frac.lift(o)
        return Frac(self.n * o.d - o.n * self.d, self.d * o.d)

    def __mul__(self, o):
        o = Frac.lift(o)
        return Frac(self.n * o.n, self.d * o.d)

    def __truediv__(self, o):
        o = Frac.lift(o)
        return Frac(self.n * o.d, self.d * o.n)

    def __floordiv__(self, o):
        q = self / o
        return q.n // q.d

    def __mod__(self, o):
        return self - Frac.lift(o) * (self // o)

    def __divmod__(self, o):
        return (self // o, self % o)

    def __pow__(self, k):
        if k < 0:
            return Frac(self.d ** -k, self.n ** -k)
        return Frac(self.n ** k, self.d ** k)

a, b = Frac(1, 2), Frac(3, 4)
print(a + b, a - b, a * b, a / b, b // a, b % a, divmod(Frac(7, 2), Frac(2, 3)))
print(a + 1, a - 2, a * 4, a / 3, Frac(7) // 2, Frac(7) % 2)
print(a ** 3, b ** -2, Frac(-2, 3) ** 2, Frac(6, -4))
h = Frac(0)
for k in range(1, 11):
    h = h + Frac(1, k)
print("H10 =", h)
try:
    a / Frac(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
# operators chain left to right and honour precedence
print(a + b * 2 - Frac(1, 4) / a, (a + b) * 2)
