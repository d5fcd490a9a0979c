import XCTest

/// The eval loop's core paths: arithmetic, calls, loops, exceptions, generators, classes.
final class EvalLoopTests: XCTestCase {
    func testCoreProgramsMatchCPython() throws {
        try assertSameAsCPython("""
        def f(a, b=2, *args, k=3, **kw):
            return a + b + len(args) + k + len(kw)
        print(f(1), f(1, 2, 3, 4, k=5, z=6))
        total = 0
        for i in range(100000):
            total += i * 2 - 1
        print(total, 2 ** 70 + total)
        x = 1.5
        for _ in range(10):
            x = x * 1.1 + 0.25
        print(x)
        """)
    }

    func testExceptionsUnwindThroughFramesAndHandlers() throws {
        try assertSameAsCPython("""
        def inner(n):
            if n == 0:
                raise ValueError("bad " + str(n))
            return inner(n - 1)
        try:
            inner(5)
        except ValueError as e:
            print("caught", e, e.args)
        finally:
            print("finally")
        def g():
            try:
                return 1
            finally:
                print("in finally")
        print(g())
        inner(3)
        """)
    }

    func testGeneratorsAndClosures() throws {
        try assertSameAsCPython("""
        def counter(n):
            i = 0
            while i < n:
                yield i
                i += 1
            return "done"
        def delegating():
            result = yield from counter(3)
            yield result
        print(list(delegating()))
        def make_adder(k):
            def add(x):
                return x + k
            return add
        print([make_adder(i)(10) for i in range(3)])
        """)
    }

    func testClassesWithInheritanceAndSuper() throws {
        try assertSameAsCPython("""
        class Base:
            def __init__(self, x):
                self.x = x
            def describe(self):
                return "Base(" + str(self.x) + ")"
        class Child(Base):
            def __init__(self, x, y):
                super().__init__(x)
                self.y = y
            def describe(self):
                return super().describe() + "+" + str(self.y)
        c = Child(1, 2)
        print(c.describe(), isinstance(c, Base), type(c).__name__)
        class MyError(Exception):
            pass
        try:
            raise MyError("oops")
        except Exception as e:
            print(repr(e))
        raise MyError("uncaught")
        """)
    }
}
