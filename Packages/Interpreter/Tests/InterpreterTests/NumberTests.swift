import XCTest

/// int, bool and float behaviour, compared with CPython (python3 is the oracle).
final class NumberTests: XCTestCase {
    /// The helper every program below uses to print a result or the exception it raised.
    static let show = """
    def show(f):
        try:
            return repr(f())
        except Exception as e:
            return type(e).__name__ + ': ' + str(e)

    """

    func testSmallIntFastPathsAgreeAtTheSmallIntAndMachineWordBoundaries() throws {
        // Loops make the BINARY_OP/COMPARE_OP sites specialize on small ints first, then cross
        // 2^49 (the inline int limit) and 2^63 (machine overflow) in both directions.
        try assertSameAsCPython(Self.show + """
        B = 2**49
        vals = [B - 2, B - 1, B, B + 1, -B - 1, -B, -B + 1, 2**62, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64, 7, -7, 0, 1, -1, 49, 63, 64]
        def ops(xs, ys):
            for a in xs:
                for b in ys:
                    print(a + b, a - b, a * b, a & b, a | b, a ^ b, a < b, a <= b, a == b, a != b, a > b, a >= b, -a, ~a, end=' ')
                    if b != 0:
                        print(a // b, a % b, a / b, end=' ')
                    if 0 <= b < 100:
                        print(a << b, a >> b, end=' ')
                    print()
        ops([1, 2, 3], [1, 2, 3])
        ops(vals, vals)
        x = B - 4
        y = -B + 4
        for i in range(8):
            x += 1
            y -= 1
            print(x, x * 2, x - B, x << 1, x >> 1, x * x, x // 3, x % 7, y, y * 2, y + B, y << 1, y >> 1, ~y, y // 3, y % 7)
        for i in range(B - 4, B + 4):
            print(i, i + 1, i - 1, i * 4, i == B, i < B, i.bit_length(), hash(i))
        for i in range(-B - 3, -B + 3):
            print(i, i - 1, i * 3, i // 2)
        z = 1
        for i in range(70):
            z = z * 2
            print(i, z, z - 1, z >> 1, (z - 1) & 255, z == 2**(i + 1), -z // 3)
        """)
    }

    func testBignumArithmeticDivisionAndModuloSigns() throws {
        try assertSameAsCPython(Self.show + """
        big = 123456789012345678901234567890
        for a, b in [(big, 7), (-big, 7), (big, -7), (-big, -7), (7, big), (-7, big), (2**64, 3), (-(2**64), 3), (3, 2**65), (-3, 2**65)]:
            print(a // b, a % b, divmod(a, b), a * b, a - b, a + b)
        for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 3), (-1, 3)]:
            print(a // b, a % b, divmod(a, b))
        print(show(lambda: 1 // 0), show(lambda: 1 % 0), show(lambda: 10**40 % 0), show(lambda: 10**40 // 0), show(lambda: divmod(1, 0)))
        print(2**62 + 2**62, (2**63 - 1) + 1, -(2**63) - 1, (2**63 - 1) * (2**63 - 1), (2**64) // (2**64), 30 * 29 * 28 * 27 * 26 * 25 * 24 * 23 * 22 * 21 * 20 * 19)
        print(-(-2**49), -(2**49), ~(2**49 - 1), ~(-2**49), abs(-2**49), +(2**80), -(2**80))
        """)
    }

    func testBitOperationsOnNegativeBignumsUseTwosComplement() throws {
        try assertSameAsCPython(Self.show + """
        a = 2**100 + 12345
        b = -(2**90) - 777
        c = -(2**64)
        for x in [a, b, c, -a, -1, 5, -5, 2**64 - 1, -(2**127)]:
            for y in [a, b, c, 3, -3, 0, -1, 2**63, -(2**63)]:
                print(x & y, x | y, x ^ y)
            print(~x, x >> 1, x >> 3, x >> 63, x >> 64, x >> 65, x >> 200, x << 1, x << 64, x << 100)
        print(-5 >> 1, -1 >> 1000, (-(2**100)) >> 99, (-(2**100) - 1) >> 99, 1 >> 2**70, -1 >> 2**70)
        print(show(lambda: 1 << -1), show(lambda: 1 >> -2), show(lambda: 2**100 << -1), show(lambda: 1 << -(2**70)), show(lambda: 1 & 1.0), show(lambda: 1.5 | 2))
        print(0 << 2**70, 6 & True, 6 | True, True ^ True, True & False, ~True, type(True & False), type(True | 1), False | False)
        """)
    }

    func testTrueDivisionAndIntToFloatAreCorrectlyRounded() throws {
        try assertSameAsCPython(Self.show + """
        ints = [1, 3, 7, 10**17 + 1, 2**53 + 1, 2**54 + 3, 2**64 - 1, 10**30 + 7, 3**200, 10**308 + 1, -(10**50) - 3, 2**1023 + 2**970]
        for a in ints:
            print(float(a), show(lambda: float(a * 10**10)), a / 7, 1 / a, -a / 3, show(lambda: (a << 1000) / 3), a / (a + 1), show(lambda: a / (a << 1070)))
        print(float(2**1024 - 2**970), show(lambda: float(2**1024 - 2**971)), show(lambda: float(10**400)))
        print(2**2000 / 2**976, show(lambda: 2**2000 / 2**975), 1 / 2**1074, 1 / 2**1075, 3 / 2**1076, 0 / -5, 10**400 / 10**399)
        print(show(lambda: 10**400 / 1.0), show(lambda: 1.0 / 10**400), show(lambda: 1 / 0), show(lambda: 2**100 / 0), show(lambda: 10**400 * 1.5))
        print(9007199254740993 == 9007199254740992.0, 2**53 + 1 > 2.0**53, 10**400 > 1e308, -(10**400) < float('-inf'), 2**1000 == 2.0**1000, 2**1000 + 1 > 2.0**1000)
        """)
    }

    func testFloatArithmeticSpecialValuesAndPower() throws {
        try assertSameAsCPython(Self.show + """
        inf, nan = float('inf'), float('nan')
        vals = [0.0, -0.0, 1.0, -1.5, 2.5, 7.0, -2.0, 1e300, 5e-324, inf, -inf, nan, 3, -4, True]
        for a in vals:
            for b in vals:
                complex_result = a < 0 and isinstance(b, float) and b == b and abs(b) != inf and b != int(b)
                print(repr(a), repr(b), a + b, a - b, a * b, a < b, a == b, show(lambda: a // b), show(lambda: a % b),
                      show(lambda: divmod(a, b)), show(lambda: a / b), '-' if complex_result else show(lambda: a ** b))
        print(show(lambda: 2.0**10000), show(lambda: 10.0**400), show(lambda: (-10.0)**401), show(lambda: 0.0**-2), show(lambda: (-0.0)**-3))
        print(show(lambda: 0**-1), show(lambda: 2**-1), show(lambda: (-2)**-3), show(lambda: 10**-400), show(lambda: (10**400)**-1), show(lambda: 0**-1.0))
        print(2**0.5, 8**(1/3), 0.5**1074, 0.5**1075, 1.0**1e10, (-1.0)**1e300, (-2.0)**-1e300, (-8.0)**3, float('inf')**0, nan**0, 1**nan)
        print(-7.5 // 2, -7.5 % 2, 7.5 % -2, 0.3 % 0.1, 1e10 % 3.0, -1e-10 % 1.0, -5 % inf, 5 % -inf, 6.9 % 1, 7.0 // 0.5)
        """)
    }

    func testPowerOfIntsAndModularPower() throws {
        try assertSameAsCPython(Self.show + """
        print(2**0, 0**0, 0**5, 1**1000, (-1)**1001, (-1)**(10**20), 5**3**2, -2**2, 3**40, 7**77, (-3)**101, 2**1000 % 1000007)
        x = 3
        for i in range(30):
            x = x ** 2 % (10**9 + 7)
            print(i, x, i ** 3, (i - 15) ** 5, 3 ** i)
        print(pow(2, 10, 1000), pow(3, 200, 13), pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5), pow(3, -1, 7), pow(38, -1, 97), pow(2, -1, 1), pow(0, 0, 7))
        print(pow(12345678901234567890, 98765, 10**20 + 39), pow(-12345678901234567890, 98765, -(10**20 + 39)), pow(5, -3, 2**100 + 1), pow(2**200, 2**100, 2**61 - 1))
        for a in range(1, 7):
            print(a, pow(a, -1, 7), pow(a, 10**20, 2**64 - 59))
        for args in [(2, -1, 4), (2, 3, 0), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), ('a', 2, 3), (0, -1, 5)]:
            print(show(lambda: pow(*args)))
        print(pow(base=2, exp=5), pow(2, 5, mod=3), pow(2, 5, None), show(lambda: pow(2)), show(lambda: pow('a', 2)), show(lambda: 1 << 2**70), show(lambda: 1 << 2**63), show(lambda: 2**100 << 2**100))
        """)
    }

    func testIntParsing() throws {
        try assertSameAsCPython(Self.show + """
        strs = ['0', '-0', '+7', '00', '0_0', '1_000', '1__0', '_1', '1_', ' 12 ', '\\t-3\\n', '0x1f', '0X1F', '-0x1f', '0o17', '0b101',
                '0b', '0x', '0x_1', '0_x1', '012', '1e5', '1.5', '', ' ', '+', '++1', '- 1', '1 2', '\\u0661\\u0662', '\\u20031\\u3000',
                '5\\x85', '\\x1c5', '\\xe9', '1\\x00', 'z', 'Zz', '9' * 40, '-' + '7' * 25, 'x' * 300]
        for s in strs:
            print(show(lambda: int(s)), show(lambda: int(s, 0)), show(lambda: int(s, 2)), show(lambda: int(s, 16)), show(lambda: int(s, 36)))
        print(int(b'12'), show(lambda: int(b' x')), int(b'ff', 16), int('12', base=5), int(3.99), int(-3.99), int(True), int(), int(1e20), int(-2.5e30))
        for b in [1, 37, -1, 10**30, 1.5, '10']:
            print(show(lambda: int('5', b)))
        print(show(lambda: int(base=10)), show(lambda: int(x='5')), show(lambda: int(None)), show(lambda: int([1])), show(lambda: int(5, 10)))
        print(show(lambda: int(float('inf'))), show(lambda: int(float('-inf'))), show(lambda: int(float('nan'))))
        class I:
            def __int__(self): return 42
        class X:
            def __index__(self): return 7
        class BadI:
            def __int__(self): return 'x'
        print(int(I()), int(X()), show(lambda: int(BadI())), int('101', X()), hex(X()), bin(X()), oct(X()))
        """)
    }

    func testFloatParsing() throws {
        try assertSameAsCPython(Self.show + """
        for s in ['1.5', '  -2.25  ', '+3', '1e3', '1E-3', '.5', '5.', '1_000.5', 'inf', '-inf', '+Infinity', 'nan', '-NaN', '  iNF ',
                  '1e400', '-1e400', '1e-400', '007.5', '1e5_0', '\\u0661.5', '\\u2003 1.5 \\u3000', '', 'abc', '1.2.3', '1e', '1e+',
                  '--1', '1_', '_1', '1__0', '1_.5', '1._5', '1_e5', 'in f', 'infinit', '0x10', '.', '1\\x00', '\\x1c1']:
            print(repr(s), show(lambda: float(s)))
        print(float(5), float(-0), float(True), float(2**100), float(), float(b'1e3'), show(lambda: float(b'x')))
        print(show(lambda: float(None)), show(lambda: float(10**400)), show(lambda: float(x=5)), show(lambda: float(1, 2)))
        class F:
            def __float__(self): return 2.5
        class X:
            def __index__(self): return 7
        class BadF:
            def __float__(self): return 1
        print(float(F()), float(X()), show(lambda: float(BadF())))
        """)
    }

    func testFloatReprMatchesCPythonOnAGeneratedCorpus() throws {
        // Random significands and exponents (a linear congruential generator, so both
        // interpreters see the same values), plus the positional/exponent boundaries.
        try assertSameAsCPython("""
        seed = 12345
        def rand(n):
            global seed
            seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
            return seed >> (64 - n)
        for i in range(2000):
            m = rand(53) | 1
            e = rand(11) - 1100
            x = m * 2.0**e if e > -1074 else m * 2.0**-600 * 2.0**(e + 600)
            print(repr(x), str(-x), x.hex())
        for e in range(-330, 310, 7):
            for m in ['1', '2', '5', '9.999999999999999', '1.5', '3', '123456789']:
                print(float(m + 'e' + str(e)), end=' ')
            print()
        for x in [1e16, 1e16 - 2, 9999999999999998.0, 1e-5, 1e-4, 0.0001, 0.00009999999999999999, 1e15, 123456789012345678.0,
                  5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.1 + 0.2, 1 / 3, 100.0, -0.0, 0.0, float('inf'), float('nan')]:
            print(x, repr(-x), [x], (x,), {x: x})
        """)
    }

    func testRound() throws {
        try assertSameAsCPython(Self.show + """
        for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 0.125, 0.375, 1e300, 5e-324, 123456789.987654321, -0.0, 1e20, 0.1]:
            print(v, round(v), round(v, 1), round(v, 2), round(v, 0), round(v, -1), round(v, -2), round(v, 15), round(v, 400), round(v, -400), round(v, None))
        for n in [0, 5, 15, 25, -15, -25, 149, 150, 151, 250, -250, 10**30 + 5 * 10**10, 2**70, True]:
            print(n, round(n), round(n, 2), round(n, -1), round(n, -2), round(n, -10), round(n, -31), round(n, -400), type(round(n)))
        print(show(lambda: round(float('inf'))), show(lambda: round(float('nan'))), round(float('inf'), 2), show(lambda: round(1.7e308, -308)))
        print(show(lambda: round(5, 1.5)), show(lambda: round('a')), show(lambda: round(2.5, 'x')), round(number=2.5, ndigits=0), show(lambda: round()))
        class R:
            def __round__(self, n=None): return ('r', n)
        print(round(R()), round(R(), 3))
        """)
    }

    func testIntMethodsAndAttributes() throws {
        try assertSameAsCPython(Self.show + """
        for n in [0, 1, -1, 127, 128, -128, -129, 255, 65535, -32768, 2**63, -2**63, 2**64 - 1, 10**30, -10**30, True, False]:
            print(n, show(lambda: n.to_bytes(2, 'big')), show(lambda: n.to_bytes(2, 'little', signed=True)), show(lambda: n.to_bytes(16, byteorder='big', signed=True)),
                  show(lambda: n.to_bytes()), show(lambda: n.to_bytes(0, 'big')), show(lambda: n.to_bytes(-1, 'big')), show(lambda: n.to_bytes(2, 'middle')),
                  n.bit_length(), n.bit_count(), n.real, n.imag, n.numerator, n.denominator, n.conjugate(), n.as_integer_ratio(), n.__index__(), type(n.real))
        for b in [b'', b'\\x00', b'\\x01\\x00', b'\\xff', b'\\xff\\xff', b'\\x80\\x00', b'\\x00\\x01\\x02\\x03\\x04\\x05\\x06\\x07\\x08\\x09\\x0a']:
            print(int.from_bytes(b, 'big'), int.from_bytes(b, 'little'), int.from_bytes(b, 'big', signed=True), int.from_bytes(b, byteorder='little', signed=True), int.from_bytes(b))
        print(int.from_bytes([1, 2, 3], 'big'), show(lambda: int.from_bytes([256], 'big')), bool.from_bytes(b'\\x01', 'big'), show(lambda: int.bit_length(2.5)))
        print((5).__add__(3), (5).__add__(1.5), (5).__radd__(2), (5).__eq__(5.0), (5).__lt__(6), (2).__pow__(10, 1000), (2).__rpow__(3), (7).__rtruediv__(14), (7).__divmod__(2), (7).__rdivmod__(30))
        print((7).__neg__(), (7).__invert__(), (7).__abs__(), (-7).__abs__(), (7).__float__(), (7).__trunc__(), (7).__floor__(), (7).__ceil__(), (7).__round__(-1), (7).__bool__(), (0).__bool__(), (7).__hash__(), True.__int__())
        """)
    }

    func testFloatMethodsAndAttributes() throws {
        try assertSameAsCPython(Self.show + """
        for x in [0.0, -0.0, 1.5, -2.75, 1e300, 5e-324, 0.1, 1e16, 3.0, float('inf'), float('-inf'), float('nan'), 2.0**-1074, 123.456, -1e-310]:
            print(show(lambda: x.as_integer_ratio()), x.is_integer(), x.hex(), float.fromhex(x.hex()), x.real, x.imag, x.conjugate(),
                  show(lambda: x.__trunc__()), show(lambda: x.__floor__()), show(lambda: x.__ceil__()), show(lambda: x.__round__()), show(lambda: x.__round__(1)), show(lambda: x.__int__()))
        for h in ['0x1p0', '0X1.8P+1', '-0x1.fffffffffffffp+1023', '0x1.fffffffffffff8p+1023', '0x1p-1074', '0x1p-1075', '0x1.8p-1074', '0x3p-1076',
                  '  0x1.0p0  ', '1', '1.', '.8', 'inf', '-Infinity', 'nan', '0x', '0x1p', 'x', '', '0x1.1.1', '0x1p+-1', '0x.8p1', 'ab.cdp4', '0x10000000000000000000000000000001p-120']:
            print(repr(h), show(lambda: float.fromhex(h)))
        print((1.5).__add__(2), (1.5).__radd__(True), (5.0).__eq__(5), (7.0).__rfloordiv__(15), (7.5).__divmod__(2), (1.5).__add__('a'), show(lambda: float.fromhex(5)), (2.5).__neg__(), (2.5).__abs__(), (2.5).__bool__(), (2.5).__float__())
        """)
    }

    func testNumericBuiltinFunctions() throws {
        try assertSameAsCPython(Self.show + """
        print(abs(-5), abs(-2**80), abs(-0.0), abs(True), abs(False), abs(-2**49), show(lambda: abs('a')), show(lambda: abs()))
        print(divmod(7, -2), divmod(-7.5, 2), divmod(True, 2), divmod(7, True), show(lambda: divmod(1.0, 0)), show(lambda: divmod(1, 'a')), show(lambda: divmod(10**40, 0)))
        for v in [0, 1, -1, 10, 255, -255, 2**64, -(2**70) + 3, True, False]:
            print(v, hex(v), oct(v), bin(v))
        print(show(lambda: hex(1.5)), show(lambda: bin('1')), show(lambda: oct(None)), show(lambda: hex()))
        class R:
            def __abs__(self): return 'abs'
            def __divmod__(self, o): return ('dm', o)
            def __rdivmod__(self, o): return ('rdm', o)
            def __pow__(self, e, m=None): return ('pow', e, m)
        print(abs(R()), divmod(R(), 1), divmod(1, R()), pow(R(), 2), pow(R(), 2, 3))
        """)
    }

    func testHashesOfEqualNumbersAgree() throws {
        try assertSameAsCPython("""
        for v in [0, 1, -1, -2, 2, 2**61 - 2, 2**61 - 1, 2**61, -(2**61), 2**64, -(2**64) - 1, 10**30, 2.0, 2.5, -0.5, 1e300, -1e-300, 0.1, 2.0**61, 2.0**80, float('inf'), float('-inf'), True, False, 5e-324]:
            print(repr(v), hash(v), hash(v) == hash(float(v)) if abs(v) < 1e308 else '-')
        print(hash(2.0) == hash(2) == hash(True * 2), hash(1.0) == hash(True), hash(-1), hash(-1.0))
        d = {1: 'int', 2.5: 'float', 2**70: 'big'}
        print(d[1.0], d[True], d[2.5], d[float(2**70)], 1.0 in {1}, 2**70 in {2.0**70}, {1, 1.0, True}, {0: 'a', 0.0: 'b', False: 'c'})
        """)
    }

    func testBoolArithmetic() throws {
        try assertSameAsCPython("""
        print(True + True, True - False, True * 10, True / 2, True // 2, -True, ~False, +True, True ** 5, True % 2, True << 3, True >> 1)
        print(True & 3, True | 2, True ^ 1, True & True, True | False, False ^ False, type(True & True), type(True | 1), type(True + False))
        print(True == 1, False == 0, 1.0 == True, True < 2, False < True, True * 3.5, int(True), float(False), abs(True), round(True), divmod(True, True))
        print(True.real, True.imag, True.numerator, True.denominator, True.bit_length(), True.conjugate(), True.as_integer_ratio(), type(True.real))
        """)
    }

    func testDigitLimitOnConversionsBothWays() throws {
        try assertSameAsCPython(Self.show + """
        n = 7**1500
        s = str(n)
        print(len(s), s[:20], s[-20:], repr(n) == s, str(-n)[:5], len(str(10**4299)), len(str(-10**4299)))
        print(show(lambda: str(10**4300)), show(lambda: str(-10**4300)), show(lambda: repr(10**10000)), show(lambda: str(2**100000)))
        print(int('9' * 4300) == 10**4300 - 1, show(lambda: int('1' * 4301)), show(lambda: int('0' * 4301)), show(lambda: int('1' * 4301 + 'x')))
        print(show(lambda: int('1' * 4301, 36)), int('1' * 5000, 16) % 1000, int('1' * 5000, 2) % 1000, len(hex(10**5000)), int('1_' * 3000 + '1') % 1000)
        """)
    }
}
