# Bitwise and shift dunders with reflected forms: a small bit-set class.
class BitSet:
    def __init__(self, bits=0):
        self.bits = bits

    @classmethod
    def of(cls, *items):
        b = 0
        for i in items:
            b |= 1 << i
        return cls(b)

    def __repr__(self):
        return "{" + ",".join(str(i) for i in range(self.bits.bit_length()) if self.bits >> i & 1) + "}"

    def _v(self, other):
        return other.bits if isinstance(other, BitSet) else other

    def __and__(self, o):
        return BitSet(self.bits & self._v(o))

    def __or__(self, o):
        return BitSet(self.bits | self._v(o))

    def __xor__(self, o):
        return BitSet(self.bits ^ self._v(o))

    def __lshift__(self, n):
        return BitSet(self.bits << n)

    def __rshift__(self, n):
        return BitSet(self.bits >> n)

    def __rand__(self, o):
        return ("rand", o & self.bits)

    def __ror__(self, o):
        return ("ror", o | self.bits)

    def __rxor__(self, o):
        return ("rxor", o ^ self.bits)

    def __rlshift__(self, o):
        return ("rlshift", o << len(repr(self)))

    def __rrshift__(self, o):
        return ("rrshift", o >> 1)

a = BitSet.of(1, 3, 5)
b = BitSet.of(3, 4, 5, 6)
print(a, b, a & b, a | b, a ^ b, a << 2, b >> 3)
print(a & 0b1110, a | 1, a ^ 0b100000)
print(0b1110 & a, 1 | a, 0b100000 ^ a, 1 << a, 8 >> a)
# in-place falls back to the binary operator
c = a
c |= b
print(c, a, c is a)
c &= BitSet.of(4, 6, 9)
print(c)
c ^= 0b1
c <<= 1
c >>= 2
print(c)
