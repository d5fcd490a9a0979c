import XCTest

/// str methods, the format mini-language, str.format, %-formatting and f-strings, compared
/// with CPython (python3) at test time.
final class StringTests: XCTestCase {
    /// Runs each expression in its own try block and prints its repr or its exception.
    private func assertExpressionsMatch(_ expressions: [String], prelude: String = "", file: StaticString = #filePath, line: UInt = #line) throws {
        var source = prelude + "\n"
        for e in expressions {
            source += "try:\n    print(\(pythonLiteral(e)), '->', repr(\(e)))\nexcept Exception as e:\n    print(\(pythonLiteral(e)), '=>', type(e).__name__, e)\n"
        }
        try assertSameAsCPython(source, file: file, line: line)
    }

    private func pythonLiteral(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }

    func testSearchMethods() throws {
        try assertExpressionsMatch([
            "s.find('lo')", "s.find('lo', 4)", "s.find('lo', -5, -1)", "s.find('')", "s.find('', 100)", "s.find('', len(s))",
            "s.rfind('l')", "s.rfind('l', 0, 3)", "s.rfind('')", "s.index('wor')", "s.index('zz')", "s.rindex('o', 0, 3)",
            "s.count('l')", "s.count('')", "s.count('l', 3, None)", "s.count('l', None, -2)", "'aaaa'.count('aa')",
            "s.find(1)", "s.find()", "s.find('a', 1, 2, 3)", "s.find('a', 'x')", "s.find(sub='a')", "s.find('o', True)",
            "s.find('o', 10**30)", "s.find('o', -10**30)", "'é😀é'.find('é', 1)", "'é😀é'.rfind('😀')", "'abc'.find('😀')",
            "s.startswith('hel')", "s.startswith(('x', 'he'))", "s.endswith('ld', 0, 11)", "s.startswith('')",
            "s.startswith(('a', 1))", "s.startswith(('h', 1))", "s.startswith(1)", "s.endswith([1])", "s.startswith('l', -9)",
            "s.replace('l', 'L')", "s.replace('l', 'L', 2)", "s.replace('', '.')", "s.replace('', '.', 3)", "''.replace('', 'x')",
            "s.replace('l', '')", "'😀a😀'.replace('😀', 'b')", "'ab'.replace('a', '😀')", "s.replace(1, 'x')", "s.replace('a', 1)",
            "s.replace('a', 'b', 'c')", "s.replace('a')", "s.replace('a', 'b', count=1)",
            "s.removeprefix('hel')", "s.removeprefix('x')", "s.removesuffix('rld')", "s.removesuffix(1)",
            "'ab' in s", "'' in s", "1 in s", "s.__contains__('or')", "s.__len__()", "s.__getitem__(-1)",
        ], prelude: "s = 'hello world'")
    }

    func testSplitJoinStrip() throws {
        try assertExpressionsMatch([
            "'a,b,,c,'.split(',')", "'a,b,c'.split(',', 1)", "'  a  b \\t c\\n'.split()", "'  a b c  '.split(None, 1)",
            "'  a b c  '.rsplit(None, 1)", "'a,b,c'.rsplit(',', 1)", "'abc'.split('')", "'abc'.split(1)", "'a b'.split(maxsplit=0)",
            "'a b'.split(sep=None, maxsplit=-1)", "'a b'.split(x=1)", "'a'.split(',', sep=',')", "'a'.split(',', 1, 2)",
            "'a\\u3000b\\x85c\\xa0d'.split()", "'a😀b😀c'.split('😀')", "'😀 😀'.split()", "''.split()", "''.split('x')",
            "'x\\ny\\r\\nz\\rw\\x0bv\\x1ct\\u2028u'.splitlines()", "'a\\nb\\n'.splitlines(True)", "'a\\r\\n'.splitlines(keepends=1)",
            "','.join(['a', 'b'])", "','.join('xyz')", "''.join([])", "'-'.join(['only'])", "','.join([1])", "','.join(['a', None])",
            "','.join(5)", "'😀'.join(['a', 'b'])", "','.join(x for x in 'ab')", "','.join({'k': 1})", "''.join(['é', 'x'])",
            "'  x  '.strip()", "'  x  '.lstrip()", "'  x  '.rstrip()", "'xyxhixy'.strip('xy')", "'😀hi😀'.strip('😀')",
            "'abc'.strip('')", "'abc'.strip(None)", "'abc'.strip(1)", "'abc'.strip('a', 'b')", "'\\u2000x\\u2000'.strip()",
            "'a=b=c'.partition('=')", "'abc'.partition('=')", "'a=b=c'.rpartition('=')", "'abc'.rpartition('=')",
            "'abc'.partition('')", "'abc'.partition(1)",
        ])
    }

    func testCaseAndPredicates() throws {
        try assertExpressionsMatch([
            "'hello World'.upper()", "'ß'.upper()", "'ﬁ'.upper()", "'İ'.lower()", "'ΣΑΣ'.lower()", "'ΣΑΣ ΣΑΣ.'.lower()", "'Σ'.lower()",
            "'aΣ'.lower()", "'ß'.casefold()", "'ẞ'.casefold()", "'ꭰ'.casefold()", "'Straße'.casefold()", "'ǆ'.title()", "'ǅ'.istitle()",
            "\"they're bill's\".title()", "'hELLO wORLD'.swapcase()", "'ß'.swapcase()", "'ÿ'.upper()", "'µ'.upper()",
            "'éCOLE'.capitalize()", "'ﬁsh'.capitalize()", "'123abc'.title()", "'a1b2'.title()", "'ǳ'.capitalize()",
            "[c.isalpha() for c in 'aé1_😀日']", "[c.isdigit() for c in '1²٣½Ⅷ']", "[c.isdecimal() for c in '1²٣½Ⅷ']",
            "[c.isnumeric() for c in '1²٣½Ⅷ一x']", "'abc123'.isalnum()", "''.isalnum()", "' \\t\\n\\x1c\\x85'.isspace()", "''.isspace()",
            "'ABC'.isupper()", "'AbC'.isupper()", "'123'.isupper()", "'abc1'.islower()", "'Hello World'.istitle()", "'Hello world'.istitle()",
            "''.istitle()", "'A'.istitle()", "'_x1'.isidentifier()", "'1x'.isidentifier()", "'é'.isidentifier()", "''.isidentifier()",
            "'ab\\x00'.isprintable()", "''.isprintable()", "'\\u0378'.isprintable()", "'abc'.isascii()", "'é'.isascii()",
            "'a'.upper(1)", "'a'.title(x=1)", "str.upper(1)", "str.upper('q')",
        ])
    }

    func testPaddingAndLayout() throws {
        try assertExpressionsMatch([
            "'a'.center(6)", "'ab'.center(7, '*')", "'abc'.center(2)", "'x'.center(4, '-')", "'a'.ljust(3, '😀')", "'é'.rjust(3, 'é')",
            "'a'.center(5, 'ab')", "'a'.center(5, 1)", "'a'.center('5')", "'a'.center()", "'a'.ljust(5, '')", "'a'.rjust(True)",
            "'42'.zfill(5)", "'-42'.zfill(5)", "'+42'.zfill(2)", "''.zfill(3)", "'-'.zfill(3)", "'😀'.zfill(3)", "'a'.zfill()",
            "'a\\tbc\\td'.expandtabs()", "'a\\tb'.expandtabs(4)", "'ab\\n\\tc'.expandtabs(tabsize=3)", "'\\t'.expandtabs(0)",
            "'a'.expandtabs('x')", "'a'.expandtabs(1, 2)",
        ])
    }

    func testReprAndUnicode() throws {
        try assertExpressionsMatch([
            "'plain'", "\"it's\"", "'say \"hi\"'", "'both \\' and \"'", "'\\t\\n\\r\\\\'", "'\\x00\\x7f\\x80\\xa0\\xad'",
            "'é\\u200b\\u2028😀\\U000e0001'", "chr(0xd800)", "'\\ufeff\\u0378\\U0010ffff'", "ascii('é😀\\n')", "ascii([1, 'ü'])",
            "len('héllo ∑ 😀!')", "'héllo ∑ 😀!'[8]", "'añb😀c∑d'[::-1]", "'añb😀c∑d'[1:6:2]", "'😀'.encode()", "'é'.encode('latin-1')",
            "'é'.encode('ascii')", "'€'.encode('latin-1')", "'é'.encode('ascii', 'replace')", "'é😀'.encode('ascii', 'backslashreplace')",
            "'é'.encode('ascii', 'xmlcharrefreplace')", "'a'.encode('foo')", "'a'.encode(1)", "chr(0xdc80).encode()",
            "str(b'caf\\xc3\\xa9', 'utf-8')", "str(b'\\xff', 'utf-8')", "str(b'\\xff', 'utf-8', 'replace')", "str('a', 'utf-8')",
            "str(1, 'utf-8')", "ord('😀')", "ord('ab')", "ord('')", "ord(1)", "chr(128512)", "chr(-1)", "chr(0x110000)", "chr(2**70)",
            "chr('a')", "chr(1.5)", "str.maketrans('ab', 'xy', 'c')", "'abcabc'.translate(str.maketrans('ab', 'xy', 'c'))",
            "'abc'.translate({97: None, 98: 'BB', 99: 0x1F600})", "'abc'.translate({97: 1.5})", "'abc'.translate({97: -1})",
            "str.maketrans({'a': 1, 2: 'x'})", "str.maketrans({'ab': 1})", "str.maketrans('ab', 'c')", "str.maketrans(1)",
        ])
    }

    func testFormatSpecifications() throws {
        var expressions: [String] = []
        for value in ["0", "42", "-42", "2**70", "-(10**15)", "True", "3.5", "-0.0", "1e16", "1e-5", "0.1+0.2", "float('inf')",
                      "float('nan')", "123456.789", "'str'"] {
            for spec in ["", "10", "<10", "^10", "*>10", "0=10", "+", " ", "08", ",", "_", "x", "#x", "#010b", "_b", "c", "e", ".3e",
                         "f", ".2f", "+.1f", ",.2f", "g", ".3g", "#g", "G", "%", ".1%", "n", "s", ".3", "z.1f", "#.0f", "012,.1f"] {
                expressions.append("format(\(value), '\(spec)')")
            }
        }
        expressions += ["format(1, ',_')", "format(1, '_,')", "format(1, '.')", "format(1, 'abc')", "format(1, '\\x01')",
                        "format(1, 'é')", "format(None, 'x')", "format(None)", "format([1], '')", "format(1, 2)", "format()",
                        "format(65, '^5c')", "format(-1, 'c')", "format('x', '0<5')", "format('x', '=5')", "format(1, '99999999999999999999')",
                        "format(0.5, '.0f')", "format(2.675, '.2f')", "format(1e300, 'f')[:20]", "format(5e-324, '')", "format(1e-300, '.3g')",
                        "format(12.0, '.3')", "format(12.5, '.1')", "format(100.0, '#.3')", "format(1234567.0, 'n')", "format(1.5, '=^10')",
                        "format(-1.5, 'x<010')", "format(1, 'é^5')", "format(10**5000, 'd')[:5]"]
        try assertExpressionsMatch(expressions)
    }

    func testStrFormatMethod() throws {
        try assertExpressionsMatch([
            "'{} and {}'.format('a', 'b')", "'{1} {0} {1}'.format('x', 'y')", "'{name} is {age}'.format(name='Ada', age=36)",
            "'{{}} {{{0}}}'.format(5)", "'{0[0]} {0[1]} {1[k]}'.format([10, 20], {'k': 'v'})", "'{0.__class__}'.format(1.5)",
            "'{!r} {!s} {!a}'.format('é', 'é', 'é')", "'{0:{1}}|'.format(7, 4)", "'{:{}.{}f}'.format(2.71828, 8, 3)",
            "'{:{:{}}}'.format(1, 2, 3)", "'{0!s:>{1}}'.format('ab', 4)", "'{}}}'.format(1)", "'{:}}'.format(1)",
            "'{'.format()", "'}'.format()", "'{0} {}'.format(1, 2)", "'{} {0}'.format(1, 2)", "'{1}'.format(1)", "'{x}'.format(1)",
            "'{0!z}'.format(1)", "'{0!}'.format(1)", "'{0!rr}'.format(1)", "'{:d}'.format('s')", "'{0[}'.format(1)", "'{0.}'.format(1)",
            "'{0[0]x}'.format([1])", "'{0[]}'.format([1])", "'{0[5]}'.format([1])", "'{a[0]}'.format(a={0: 3})", "'{a[0]}'.format(a={'0': 3})",
            "'{!r}'.format()", "'{0!r'.format(1)", "'{0:x'.format(1)", "'{x}'.format_map({'x': 1})", "'{0}'.format_map({})",
            "'{x}'.format_map({})", "'a'.format_map(1)", "'{ {0} }'.format(1)", "'{0}'.format(*'ab')", "'{:>6}|{:<6}|{:^6}'.format('r', 'l', 'c')",
        ])
    }

    func testPercentFormatting() throws {
        try assertExpressionsMatch([
            "'%d %i %s %r %a' % (42, -7, 'str', 'str', 'é')", "'%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o' % (42, 42, 42, 42, 42, 255, 255, 255, 8, 8)",
            "'%e|%E|%.2e|%g|%G|%g|%g' % (12345.678, 12345.678, 0.000123, 0.0001, 1e20, 100000, 1000000)",
            "'%c%c%c|%%|%s|%5s|%-5s|%.2s' % ('a', 98, 128512, None, 'ab', 'ab', 'abcdef')", "'%s' % [1, 2]", "'%s' % (1,)",
            "'%d' % 3.99", "'%d' % True", "'%x' % -255", "'%d' % 2**70", "'%*d' % (5, 42)", "'%-*d|' % (4, 1)", "'%.*f' % (2, 3.14159)",
            "'%(name)s is %(age)d, %(name)r' % {'name': 'Ada', 'age': 36}", "'%(x)05.1f %%' % {'x': 2.25}", "'no args %%' % ()",
            "'%f|%.0f|%.0f|%5.1f%%' % (float('inf'), 0.5, 1.5, 99.44)", "'%05d|%-05d|%+05d|% 05d|%#06x|%#-6o|%06.2f|%-8.3e|%#.0f|%+g' % (-42, 42, 42, 42, 255, 8, 3.14159, 1234.5, 2.0, 0.0)",
            "'%.3d|%.0d|%5.3d' % (5, 0, -7)", "'%ld' % 5", "'%s' % {}", "'abc' % {}", "'abc' % []", "'%s %s' % [1, 2]",
            "'%d %d' % (1,)", "'%d' % (1, 2)", "'%d' % 'x'", "'%s' % ()", "'no format' % 5", "'%z' % 5", "'%(k)s' % (1,)", "'%(k)s' % {'j': 1}",
            "'%c' % 'ab'", "'%c' % 2**40", "'%x' % 1.5", "'%d' % None", "'%f' % 's'", "'%' % ()", "'%(a' % {'a': 1}", "'%5' % (1,)",
            "'%*s' % ('a', 1)", "'%5%' % ()", "'%(a)s %s' % {'a': 1}", "'%s %(a)s' % {'a': 1}", "'%l' % (1,)",
        ])
    }

    func testFStrings() throws {
        try assertSameAsCPython("""
        name = "Ada"; age = 36; x = 3.14159; width = 10; prec = 3
        print(f"{name!r:>10}|{age=}|{x=:.1f}|{name = }|{age!s:^7}|{'é'!a}")
        print(f"[{x:{width}.{prec}f}]", f"[{name:{'^'}{width}}]", f"{age:#x} {age:08b} {1000000:,} {-1234.5:,.2f}")
        print(f"{0.1 + 0.2}", f"{1e16}", f"{1.0}", f"{1e15}", f"{2**70}", f"{True}", f"{None}", f"{[1, 'a']}")
        class P:
            def __format__(self, spec):
                return "P(" + spec + ")"
        class Q:
            pass
        print(f"{P():abc}", format(P(), "xy"), f"{Q()!r:.3}", "{:>4}".format(P()))
        try:
            f"{Q():x}"
        except TypeError as e:
            print("TypeError:", e)
        """)
    }

    func testStrSubclassesAndDunders() throws {
        try assertSameAsCPython("""
        class S(str):
            pass
        class T(str):
            def __str__(self):
                return "T!"
            def __format__(self, spec):
                return "fmt:" + spec
        s = S("Hello")
        print(type(s.upper()).__name__, s.upper(), type(s.strip()).__name__, type(s[1:]).__name__, type(s.replace("x", "y")).__name__)
        print(s + "!", "%s|%r" % (s, s), format(s, ">8"), f"{s:*^9}", "{0}-{0!r}".format(s), s.split("l"), type(str(s)).__name__)
        t = T("abc")
        print(str(t), f"{t}", f"{t:xyz}", "{:q}".format(t), "%s" % t, repr(t), t.upper(), len(t), t == "abc", "b" in t)
        print(S("a,b").split(","), ",".join([S("x"), S("y")]), type(",".join([S("x")])).__name__, S("abc").find("c"), S("AbC").lower())
        print(str(S("q")), type(str(S("q"))).__name__, S("x") * 3, type(S("x") * 3).__name__)
        print(str.join("-", "abc"), str.upper("x"), str.format("{}{}", 1, 2), str.__mod__("%d", 5))
        u = S("ß")
        print(u.upper(), u.casefold(), u.isalpha(), hash(S("abc")) == hash("abc"))
        print(str(b"caf\\xc3\\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(object=5), str())
        print("abc".__len__(), "abc".__getitem__(1), "a".__add__("b"), "a".__mul__(3), "x".__rmul__(2), "ab".__contains__("b"), "a".__eq__(1), "a" < "b", "b".__lt__("a"))
        """)
    }

    func testStringsUnderGCStress() throws {
        // Allocation-heavy string code: results must survive collections at any allocation.
        try assertSameAsCPython("""
        parts = []
        for i in range(200):
            s = "item-%d:%s" % (i, "x" * (i % 7))
            parts += [s.upper().split(":")[0] + "{:>6}".format(i) + f"{i / 7:.3f}"]
        text = ",".join(parts)
        print(len(text), text[:80], text.count("ITEM"), text.rpartition(",")[2])
        words = ("a b  c\\td " * 50).split()
        print(len(words), "-".join(words[:8]), "é😀".join(["x", "y", "z"]).encode())
        """)
    }
}
