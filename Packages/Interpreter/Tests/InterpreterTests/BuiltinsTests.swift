import XCTest

/// The general built-in functions: min/max/sum/any/all, the iterator combinators, attribute and
/// type-test functions, vars/dir/locals/globals, print, and the ones outside the subset.
final class BuiltinsTests: XCTestCase {
    func testMinMax() throws {
        try assertSameAsCPython("""
        def t(fn):
            try:
                print(repr(fn()))
            except Exception as e:
                print(type(e).__name__, e)
        t(lambda: max([3, 1, 2])); t(lambda: max(3, 1, 2)); t(lambda: min("hello"))
        t(lambda: max([])); t(lambda: min([])); t(lambda: max()); t(lambda: min())
        t(lambda: max([], default=5)); t(lambda: min(iter([]), default=None))
        t(lambda: max(1)); t(lambda: max(1, 2, default=3)); t(lambda: max([1, 'a'])); t(lambda: min(['a', 1]))
        t(lambda: max("abc", key=lambda c: -ord(c)) if False else max([4, -5, 2], key=abs) if False else 0)
        t(lambda: max([4, -5, 2], key=lambda x: x * x)); t(lambda: min([4, -5, 2], key=None))
        t(lambda: max([(1, 'b'), (1, 'a')])); t(lambda: min(3, 1, foo=2)); t(lambda: max([1, 2], [3]))
        t(lambda: max([2.5, 1, True])); t(lambda: min([1, 1.0])); t(lambda: max([1, 1.0])); t(lambda: max(1, 2, key=lambda x: 0))
        t(lambda: max(range(10))); t(lambda: min(range(5, 0, -1))); t(lambda: max(x * x for x in range(-3, 2)))
        t(lambda: max([float('nan'), 1, 2])); t(lambda: max([1, 2, float('nan')])); t(lambda: max(3, 3.0)); t(lambda: min(3.0, 3))
        t(lambda: max({'a': 1, 'b': 2})); t(lambda: max((1, 2), (1, 3))); t(lambda: min([[2], [1, 5]]))
        t(lambda: max([1, 2], key=len))
        """)
    }

    func testSumAnyAll() throws {
        try assertSameAsCPython("""
        def t(fn):
            try:
                print(repr(fn()))
            except Exception as e:
                print(type(e).__name__, e)
        t(lambda: sum([1, 2, 3])); t(lambda: sum([1, 2], 10)); t(lambda: sum([0.1] * 10)); t(lambda: sum(["a"]))
        t(lambda: sum(["a"], "")); t(lambda: sum([b"a"], b"")); t(lambda: sum([[1], [2]], [])); t(lambda: sum([1, 2], start=5))
        t(lambda: sum([1.5, 2])); t(lambda: sum([1, 'a'])); t(lambda: sum(range(101))); t(lambda: sum([]))
        t(lambda: sum([2**62, 2**62])); t(lambda: sum([2**63 - 1, 1])); t(lambda: sum([-2**63, -1])); t(lambda: sum([1e308, 1e308, -1e308]))
        t(lambda: sum([True, True])); t(lambda: sum([1, 2**70])); t(lambda: sum([2**70, 1.5])); t(lambda: sum([True, 1.5]))
        t(lambda: sum([0.1, 0.2, 0.3])); t(lambda: sum([1e100, 1.0, -1e100])); t(lambda: sum([1, 2.5, 3])); t(lambda: sum([0.5, 2**80]))
        t(lambda: sum((x for x in range(5)), 0.5)); t(lambda: sum([[1]], start=[0])); t(lambda: sum([(1,), (2,)], ()))
        t(lambda: sum()); t(lambda: sum([1], 2, 3)); t(lambda: sum(iterable=[1])); t(lambda: sum([1], x=3)); t(lambda: sum([1], start=3, x=1))
        t(lambda: sum(5)); t(lambda: sum([[1]]))
        t(lambda: any([0, 1])); t(lambda: any([])); t(lambda: all([])); t(lambda: all([1, 0])); t(lambda: any(5)); t(lambda: all("ab"))
        t(lambda: any(x > 2 for x in range(5))); t(lambda: all(x < 10 for x in range(5))); t(lambda: any(range(0)))
        t(lambda: any()); t(lambda: any(1, 2)); t(lambda: any(x=1)); t(lambda: all([], [], []))
        class Truthy:
            def __init__(self, v): self.v = v
            def __bool__(self):
                print("bool of", self.v)
                return self.v
        t(lambda: any([Truthy(False), Truthy(True), Truthy(True)])); t(lambda: all([Truthy(True), Truthy(False), Truthy(True)]))
        """)
    }

    func testIteratorCombinators() throws {
        try assertSameAsCPython("""
        def t(fn):
            try:
                print(repr(fn()))
            except Exception as e:
                print(type(e).__name__, e)
        t(lambda: list(enumerate("ab", start=1))); t(lambda: list(enumerate([5, 6], -1))); t(lambda: enumerate())
        t(lambda: enumerate([], 1, 2)); t(lambda: enumerate([], x=1)); t(lambda: list(enumerate(iterable=[1], start=2)))
        t(lambda: list(enumerate([1, 2], start=2**70))); t(lambda: enumerate([], start='a')); t(lambda: enumerate([], 1.5)); t(lambda: enumerate(1))
        t(lambda: list(zip([1, 2], "ab"))); t(lambda: list(zip())); t(lambda: list(zip([1, 2, 3], [4]))); t(lambda: zip(1, [2])); t(lambda: zip([1], 2))
        t(lambda: list(zip([1], [2, 3], strict=True))); t(lambda: list(zip([1, 2], [2], strict=True)))
        t(lambda: list(zip([1, 2], [2, 3], [4], strict=True))); t(lambda: list(zip([1], [2], [4, 5], strict=True)))
        t(lambda: list(zip([1], [2], strict=False))); t(lambda: zip([1], x=1))
        t(lambda: list(map(lambda a, b: a + b, [1, 2], [3, 4, 5]))); t(lambda: map(len)); t(lambda: map()); t(lambda: map(len, 1))
        t(lambda: map(func=len, iterables=[1])); t(lambda: list(map(None, [1])))
        t(lambda: list(filter(None, [0, 1, 2, '', 'a']))); t(lambda: filter(None)); t(lambda: list(filter(lambda x: x > 1, [1, 2, 3])))
        t(lambda: filter(len, 1)); t(lambda: filter(len, [1], x=1)); t(lambda: list(filter(1, [1])))
        t(lambda: list(reversed([1, 2]))); t(lambda: reversed(5)); t(lambda: list(reversed("abc"))); t(lambda: list(reversed(range(0, 10, 3))))
        t(lambda: list(reversed((1, 2)))); t(lambda: reversed({1})); t(lambda: reversed()); t(lambda: reversed([], [])); t(lambda: reversed(seq=[]))
        class S:
            def __getitem__(self, i): return i * 10
            def __len__(self): return 3
        class R:
            def __reversed__(self): return iter([9, 8])
        class G:
            def __getitem__(self, i): return i
        t(lambda: list(reversed(S()))); t(lambda: list(reversed(R()))); t(lambda: reversed(G()))
        t(lambda: next(iter([]))); t(lambda: next([1])); t(lambda: next(iter([]), 2)); t(lambda: iter(1)); t(lambda: iter([1], 2))
        t(lambda: iter()); t(lambda: iter(1, 2, 3)); t(lambda: next()); t(lambda: next(iter([1]), 2, 3))
        t(lambda: list(iter(iter([1, 2, 3]).__next__, 3)) if False else 0)
        calls = [0]
        def counter():
            calls[0] += 1
            return calls[0]
        t(lambda: list(iter(counter, 4)))
        def gen():
            yield 1
            return "value"
        g = gen()
        t(lambda: next(g)); t(lambda: next(g)); t(lambda: next(g, "default"))
        """)
    }

    func testTypeAndAttributeFunctions() throws {
        try assertSameAsCPython("""
        def t(fn):
            try:
                print(repr(fn()))
            except Exception as e:
                print(type(e).__name__, e)
        class A:
            x = 1
            def __call__(self): return 5
        class B(A): pass
        a = A()
        t(lambda: callable(len)); t(lambda: callable(1)); t(lambda: callable(A)); t(lambda: callable(a)); t(lambda: callable(B))
        t(lambda: callable(lambda: 0)); t(lambda: callable()); t(lambda: callable(x=1)); t(lambda: callable(1, 2))
        t(lambda: hash(1)); t(lambda: hash("a")); t(lambda: hash([])); t(lambda: hash((1, 2))); t(lambda: hash(1.5)); t(lambda: hash(-1))
        t(lambda: hash(1, 2)); t(lambda: hash(x=1)); t(lambda: id()); t(lambda: id(1, 2)); t(lambda: id(a) == id(a))
        t(lambda: getattr(a, "x")); t(lambda: getattr(a, "nope")); t(lambda: getattr(a, "nope", None)); t(lambda: getattr(a, 2))
        t(lambda: getattr(1)); t(lambda: getattr(1, 'real', 2, 3)); t(lambda: setattr(a, "y", 2)); t(lambda: a.y)
        t(lambda: hasattr(a, "y")); t(lambda: hasattr(a, "z")); t(lambda: delattr(a, "y")); t(lambda: delattr(a, "y"))
        t(lambda: setattr(1, "x", 2)); t(lambda: setattr(1, 'a')); t(lambda: hasattr(1, 2))
        t(lambda: isinstance(1, (int, str))); t(lambda: isinstance(1, 2)); t(lambda: issubclass(1, int)); t(lambda: issubclass(int, 1))
        t(lambda: isinstance(1, (str, (int,)))); t(lambda: issubclass(bool, (str, int))); t(lambda: isinstance(B(), A))
        t(lambda: issubclass(B, (A, 'x'))); t(lambda: isinstance(1, (str, 'a'))); t(lambda: isinstance(1, [int]))
        t(lambda: isinstance(1)); t(lambda: isinstance(1, int, 2)); t(lambda: issubclass(int)); t(lambda: isinstance(True, int))
        t(lambda: issubclass(KeyError, LookupError)); t(lambda: issubclass(KeyError, (ValueError, Exception)))
        """)
    }

    func testVarsDirLocalsGlobals() throws {
        try assertSameAsCPython("""
        class A:
            cls_attr = 1
            def method(self): pass
        class B(A):
            def __init__(self):
                self.x = 1
                self.y = 2
        print(dir(A))
        print(dir(B()))
        print([n for n in dir(B()) if n[:2] != "__"])
        print(vars(B()))
        def f(a, b=2):
            c = 3
            def inner():
                return a
            print(list(locals()))
            print(dir())
            return vars()
        print(f(1) == {'a': 1, 'b': 2, 'c': 3, 'inner': None} or "different")
        x = 5
        print("x" in dir(), "f" in locals(), globals() is locals(), globals()["x"])
        class E(Exception): pass
        print(dir(E))
        print(dir(E("x")) == dir(E), dir(Exception) == dir(BaseException))
        class C:
            __slots__ = ("a",)
        print(dir(C))
        class K:
            v = 1
            print(list(locals()))
        print([n for n in dir(1) if n[:1] != "_"])
        print([n for n in dir([]) if n[:1] != "_"])
        print(dir(None))
        try:
            vars(1)
        except TypeError as e:
            print(e)
        for bad in [lambda: vars(1, 2), lambda: dir(1, 2), lambda: locals(1), lambda: globals(1)]:
            try:
                bad()
            except TypeError as e:
                print(e)
        """)
    }

    func testPrint() throws {
        try assertSameAsCPython("""
        print(1, 2, sep="-", end="!\\n")
        print(1, sep=None, end=None)
        print()
        print(*[1, 2, 3])
        print(*[], sep="x")
        print("a", "b", sep="")
        print("no newline", end="")
        print(" then", 1.5, None, True, [1, "x"], flush=True)
        print(1, file=None)
        for bad in [lambda: print(sep=1), lambda: print(1, end=5), lambda: print(foo=1), lambda: print(1, file=5)]:
            try:
                bad()
            except (TypeError, AttributeError) as e:
                print(type(e).__name__, e)
        class W:
            def __init__(self): self.parts = []
            def write(self, s): self.parts += [s]
        w = W()
        print("x", 2, sep=",", file=w)
        print(w.parts)
        """)
    }

    func testUnsupportedBuiltinsStopTheProgram() throws {
        for (name, call) in [("eval()", "eval('1')"), ("exec()", "exec('x = 1')"), ("open()", "open('f')"),
                             ("input()", "input()"), ("compile()", "compile('1', 'f', 'eval')")] {
            let result = runWithHotpath("print('before')\ntry:\n    \(call)\nexcept:\n    print('caught')\nfinally:\n    print('finally')\n")
            XCTAssertEqual(result.stdout, "before\n")
            XCTAssertEqual(result.status, 1)
            XCTAssertEqual(result.lastErrorLine, "hotpath: unsupported: \(name) (prog.py, line 3)")
        }
    }

    func testExitAndQuit() throws {
        try assertSameAsCPython("""
        try:
            exit(3)
        except SystemExit as e:
            print("exit", e.code)
        try:
            quit()
        except SystemExit as e:
            print("quit", e.code)
        print("end")
        exit("bye")
        """)
    }
}
