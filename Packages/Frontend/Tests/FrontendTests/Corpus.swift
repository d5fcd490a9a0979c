/// Python programs covering every construct the compiler handles. Every one must compile, verify
/// and give code objects shaped like CPython's (see CorpusTests).
enum Corpus {
    static let programs: [String] = [
        // Names, constants, operators
        "x = 1\ny = x + 2 * 3 - -4\nz = not x\nw = ~y\nv = +z\n",
        "a = 1 if b else 2\nc = a and b or d\ne = (f := 3) + f\n",
        "x = 2 ** 10\ny = 7 // 2, 7 % -3, -7 % 3, 1 << 5, 256 >> 3, 6 & 3, 6 | 3, 6 ^ 3, 7 / 2\nz = 'ab' * 3 + 'c'\n",
        "x = 1.5 * 2\ny = 3j\nz = 1 + 2j\nw = -0.0\nv = 10 // 3.0\nu = -7.5 % 2\n",
        "x = (1, 2, (3, 4))\ny = [1, 2, 3]\nz = {1, 2, 3}\nw = {'a': 1, 'b': 2}\nv = {1: x, 2: y}\n",
        "x = [*a, 1, *b]\ny = (*a, 2)\nz = {*a, 3}\nw = {**a, 'k': 1, **b}\nv = {}\nu = []\nt = ()\n",
        "x = a < b\ny = a < b < c\nz = a is b\nw = a is not None\nv = a in [1, 2, 3]\nu = a not in {1, 2}\n",
        "x = a[1]\ny = a[1:2]\nz = a[::2]\nw = a[1:2, 3]\na[i] = 1\na[1:2] = b\ndel a[0]\ndel a[1:2]\n",
        "x = a.b.c\na.b = 1\ndel a.b\nx = 'abc'[1]\ny = b'xyz'[-1]\n",
        "x = f'{a} and {b!r:>{width}} {c!s} {d!a}'\ny = f'{a}'\nz = f''\n",
        "x = __debug__\ny = not (a is b)\nz = not (a in b)\n",
        // Assignment forms
        "a = b = c = 1\na, b = b, a\na, b, c = c, b, a\n[a, b] = x\na, *b, c = x\n*a, = x\n(a, (b, c)) = x\n",
        "x += 1\na.b -= 2\na[i] *= 3\na[1:2] += b\nx //= 2\nx **= 2\nx @= m\n",
        "del x\ndel a, b\ndel (c, [d, e])\n",
        // Control flow
        "if a:\n    b()\nelif c:\n    d()\nelse:\n    e()\n",
        "while a:\n    if b:\n        break\n    if c:\n        continue\n    d()\nelse:\n    e()\n",
        "while True:\n    x = f()\n    if x:\n        break\n",
        "for i in range(10):\n    if i:\n        continue\n    print(i)\nelse:\n    done()\n",
        "for a, b in pairs:\n    for c in b:\n        if c:\n            break\n    else:\n        pass\n",
        "for x in [1, 2, 3]:\n    pass\nfor y in {1, 2}:\n    pass\nfor z in [a, b]:\n    pass\n",
        "if 0:\n    never()\nif 1:\n    always()\nwhile 0:\n    never()\n",
        "assert x\nassert x, 'message'\nassert (x, y)\n",
        "raise\n", "raise E\n", "raise E from cause\n",
        "pass\n...\n'not a docstring'\n1\n",
        // Functions
        "def f():\n    pass\n", "def f(a, b=1, *args, c, d=2, **kwargs):\n    return a + b + c + d\n",
        "def f(a, /, b, *, c):\n    return a, b, c\n",
        "def f():\n    '''Docstring.'''\n    return 1\n",
        "def f(x):\n    def g(y):\n        def h():\n            return x + y\n        return h\n    return g\n",
        "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x += 1\n        return x\n    return g\n",
        "x = 0\ndef f():\n    global x\n    x = 1\n    def g():\n        return x\n    return g\n",
        "def outer():\n    def inner():\n        global counter\n        counter += 1\n    return inner\n",
        "@dec\ndef f():\n    pass\n@a.b(1)\n@c\ndef g():\n    pass\n",
        "f = lambda: 0\ng = lambda x, y=2, *a, k=1, **kw: x + y\nh = lambda: (yield)\n",
        "def f(a, b):\n    def g():\n        return a\n    a = 2\n    return g, b\n",
        "def f(*, a=1, b):\n    return a\n",
        "def f():\n    return\ndef g():\n    return None\ndef h():\n    return (1, 2)\ndef k():\n    return 1 + 2\n",
        // Generators
        "def gen():\n    yield 1\n    x = yield\n    yield from other()\n    return x\n",
        "def gen(n):\n    for i in range(n):\n        yield i * 2\n",
        // Calls
        "f()\nf(1, 2)\nf(a, k=1)\nf(*a)\nf(**k)\nf(1, *a, 2, k=3, **b)\nf(*a, *b)\nf(x, **a, **b)\n",
        "o.m()\no.m(1, 2)\no.m(a, k=1)\no.m(*a)\no.m(**k)\na.b.c(1)\n",
        "f(a)(b)(c)\nf(k=1, j=2)\nf(x=1, **y, z=2)\n",
        "import os\nos.path.join('a', 'b')\n",
        "f(" + (0..<40).map { "a\($0)" }.joined(separator: ", ") + ")\n",
        "x = [" + (0..<40).map { "a\($0)" }.joined(separator: ", ") + "]\n",
        "x = {" + (0..<40).map { "'k\($0)': a\($0)" }.joined(separator: ", ") + "}\n",
        // Classes
        "class C:\n    pass\n",
        "class C(Base, metaclass=M):\n    '''Doc.'''\n    x = 1\n    def m(self):\n        return self.x\n",
        "class C(A, B):\n    def m(self):\n        return super().m()\n    def n(self, a):\n        return super().n(a) + super().attr\n",
        "class C:\n    def m(self):\n        return __class__\n",
        "class C:\n    __private = 1\n    def m(self):\n        return self.__private + __other\n",
        "def f():\n    x = 1\n    class C:\n        y = x\n        def m(self):\n            return x\n    return C\n",
        "def f():\n    class C:\n        x = 1\n        def m(self):\n            return x\n    return C\n",
        "@dec\nclass C(*bases, **kw):\n    pass\n",
        "class Outer:\n    class Inner:\n        def m(self):\n            pass\n",
        "def f():\n    super = 1\n    class C:\n        def m(self):\n            return super().m()\n",
        "class C:\n    def m():\n        return super().m()\n    def n(*args):\n        return super().n()\n",
        // Comprehensions
        "x = [i for i in range(10)]\ny = {i for i in a if i}\nz = {k: v for k, v in items}\nw = (i for i in a)\n",
        "x = [i * j for i in a if i for j in b if j if i > j]\n",
        "def f(n):\n    return [x + n for x in range(n)]\n",
        "x = [y for x in a for y in [x * 2]]\n",
        "x = [[j for j in range(i)] for i in range(3)]\n",
        "def f():\n    return [(yield_ := i) for i in range(3)], yield_\n",
        "x = [y := i for i in range(3)]\n",
        "class C:\n    a = 1\n    b = [a for _ in range(3)]\n    c = [x for x in range(a)]\n",
        "x = sum(i for i in range(10))\n",
        // Exceptions
        "try:\n    f()\nexcept E:\n    g()\n",
        "try:\n    f()\nexcept E as e:\n    g(e)\nexcept (A, B):\n    pass\nexcept:\n    h()\nelse:\n    i()\n",
        "try:\n    f()\nfinally:\n    g()\n",
        "try:\n    f()\nexcept E:\n    g()\nelse:\n    h()\nfinally:\n    i()\n",
        "def f():\n    try:\n        return g()\n    finally:\n        h()\n",
        "def f():\n    for x in y:\n        try:\n            if x:\n                break\n            continue\n        finally:\n            g()\n",
        "def f():\n    try:\n        pass\n    except E as e:\n        return e\n",
        "def f():\n    try:\n        pass\n    finally:\n        return 1\n",
        "def f():\n    while x:\n        try:\n            g()\n        except E:\n            continue\n        except F:\n            break\n",
        "try:\n    try:\n        f()\n    except A:\n        g()\nexcept B:\n    h()\n",
        // with
        "with open(p) as f:\n    data = f.read()\n",
        "with a() as x, b() as (y, z):\n    pass\n",
        "with lock:\n    pass\n",
        "def f():\n    with a:\n        return g()\n",
        "def f():\n    for x in y:\n        with a as b:\n            if b:\n                break\n            continue\n",
        "def f():\n    with a:\n        try:\n            return 1\n        finally:\n            g()\n",
        // Imports
        "import a\nimport a.b.c\nimport a.b.c as d\nimport a as b\nfrom x import y\nfrom x import y as z, w\nfrom . import m\nfrom ..p import q\nfrom mod import *\n",
        "from __future__ import annotations\nimport sys\n",
        "def f():\n    import os\n    from os import path\n    return os, path\n",
        "'''Module docstring.'''\nx = 1\n",
        // Scoping corner cases
        "def f():\n    x = 1\n    def g():\n        def h():\n            return x\n        return h\n    return g\n",
        "def f(x):\n    return lambda: x\n",
        "def f():\n    def g():\n        return y\n    y = 1\n    return g\n",
        "def f():\n    print(x)\n    x = 1\n",
        "def f():\n    exec('x = 1')\n    return locals()\n",
        "def f(a):\n    def g():\n        del a\n    return g\n".replacingOccurrences(of: "del a", with: "nonlocal a\n        del a"),
        "def f():\n    try:\n        pass\n    except E as e:\n        pass\n    def g():\n        return e\n",
    ]

    /// Programs with annotations: Hotpath does not evaluate them, so the names CPython loads for
    /// them (and `__annotations__`) are absent; these only have to compile and verify.
    static let annotationPrograms: [String] = [
        "x: int = 1\ny: int\na.b: int\na[0]: int = 2\ndef f():\n    z: int = 3\n    w: str\n    return z\n",
        "def f(a: int, *b: str, c: 'x' = 1, **d: float) -> None:\n    e: list = []\n    return e\n",
        "class C:\n    x: int\n    y: str = 'a'\n",
    ]
}
