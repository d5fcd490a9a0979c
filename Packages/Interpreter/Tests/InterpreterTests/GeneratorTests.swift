import XCTest

/// Generators: send/throw/close, yield from delegation, return values, PEP 479, exception state,
/// finalization when the last reference goes, introspection.
final class GeneratorTests: XCTestCase {
    func testSendThrowClose() throws {
        try assertSameAsCPython("""
        def g():
            x = yield 1
            print("got", x)
            try:
                y = yield 2
            except KeyError as e:
                print("caught", repr(e))
                y = yield 3
            print("y", y)
            return "done"
        it = g()
        print(it.__name__, it.__qualname__, repr(it)[:21])
        print(next(it), it.send("a"), it.throw(KeyError("k")))
        try:
            it.send("b")
        except StopIteration as s:
            print("stop", s.value, s.args)
        print(next(it, "default"))
        def h():
            try:
                yield 1
                yield 2
            finally:
                print("cleanup")
        x = h()
        next(x)
        x.close()
        x.close()
        print(list(x))
        def i():
            try:
                yield 1
            except GeneratorExit:
                yield 2
        y = i()
        next(y)
        try:
            y.close()
        except RuntimeError as e:
            print("RE", e)
        def closeret():
            try:
                yield 1
            except GeneratorExit:
                return 7
        c = closeret(); next(c)
        print(c.close())
        def never(): 
            print("never printed")
            yield
        n = never(); n.close(); print("closed unstarted")
        def thrower():
            yield 1
        t = thrower()
        try:
            t.throw(ValueError("early"))
        except ValueError as e:
            print("early", e)
        print(next(t, "exhausted"))
        t2 = thrower()
        try:
            t2.throw(ValueError)
        except ValueError as e:
            print("class", repr(e))
        t3 = thrower(); next(t3)
        try:
            t3.throw(ValueError, ValueError("inst"))
        except ValueError as e:
            print("inst", repr(e))
        t4 = thrower(); next(t4)
        try:
            t4.throw(ValueError, (1, 2))
        except ValueError as e:
            print("tuple", repr(e))
        for bad in [lambda: thrower().throw(1), lambda: thrower().throw(ValueError, 1, 2),
                    lambda: thrower().throw(ValueError('x'), 1), lambda: thrower().throw(),
                    lambda: thrower().send(), lambda: thrower().send(1, 2), lambda: thrower().close(1),
                    lambda: thrower().send(5)]:
            try:
                bad()
            except TypeError as e:
                print(e)
        def me():
            next(gen_self)
            yield 1
        gen_self = me()
        try:
            next(gen_self)
        except ValueError as e:
            print(e)
        def gen_ret():
            return 5
            yield
        try:
            next(gen_ret())
        except StopIteration as s:
            print("ret", s.value)
        def j():
            yield 1
            raise StopIteration("x")
        try:
            list(j())
        except RuntimeError as e:
            print(repr(e), repr(e.__cause__), e.__suppress_context__)
        z = (i * i for i in range(3))
        print(repr(z)[:30], list(z), list(z), z.gi_running)
        """)
    }

    func testYieldFrom() throws {
        try assertSameAsCPython("""
        def inner():
            try:
                yield 1
                yield 2
            except ValueError as e:
                print("inner caught", e)
                yield "after-value"
            finally:
                print("inner finally")
            return "inner-ret"
        def outer():
            r = yield from inner()
            print("outer got", r)
            yield "outer-last"
        o = outer()
        print(next(o), o.gi_yieldfrom.__name__)
        print(o.throw(ValueError("v")))
        print(next(o))
        print(next(o, "end"), o.gi_yieldfrom)
        o2 = outer()
        next(o2)
        o2.close()
        print("closed")
        class It:
            def __init__(self): self.n = 0
            def __iter__(self): return self
            def __next__(self):
                self.n += 1
                if self.n > 3: raise StopIteration(99)
                return self.n
            def throw(self, *a):
                print("It.throw", a)
                raise StopIteration("thrown-ret")
            def close(self):
                print("It.close")
        def deleg():
            r = yield from It()
            print("deleg got", r)
            yield "d-last"
        d = deleg()
        print(next(d), next(d))
        print(d.throw(KeyError))
        d2 = deleg()
        next(d2)
        d2.close()
        def deleg2():
            r = yield from It()
            return r
        print(list(deleg2()))
        def k():
            x = yield from [1, 2]
            y = yield from (i for i in "ab")
            return (x, y)
        print(list(k()))
        def echo():
            while True:
                v = yield
                if v is None:
                    return "echo done"
                print("echo", v)
        def relay():
            r = yield from echo()
            print("relay got", r)
        rl = relay()
        next(rl)
        rl.send(1)
        rl.send(2)
        try:
            rl.send(None)
        except StopIteration:
            print("relay finished")
        """)
    }

    func testExceptionStateAndFinalization() throws {
        try assertSameAsCPython("""
        def gexc():
            try:
                raise KeyError("in gen")
            except KeyError:
                yield 1
                raise
        g = gexc()
        next(g)
        try:
            raise ValueError("outer")
        except ValueError:
            try:
                next(g)
            except KeyError as e:
                print("ctx", repr(e.__context__))
        try:
            raise TypeError("no-ctx")
        except TypeError as e:
            print(repr(e.__context__))
        def bare():
            yield 1
            raise
        b = bare(); next(b)
        try:
            next(b)
        except RuntimeError as e:
            print(e)
        try:
            raise ValueError(5)
        except ValueError:
            b2 = bare(); next(b2)
            try:
                next(b2)
            except ValueError as e:
                print("bare in gen reraised", repr(e))
        def resource(name):
            print("open", name)
            try:
                yield 1
                yield 2
                yield 3
            finally:
                print("cleanup", name)
        for v in resource("loop"):
            if v == 2:
                break
        print("loop done")
        def first():
            for v in resource("return"):
                return v
        print(first())
        try:
            for v in resource("error"):
                raise ValueError("in loop")
        except ValueError as e:
            print("caught", e)
        for v in resource("exhausted"):
            pass
        kept = resource("kept")
        next(kept)
        print("end of program")
        """)
    }

    /// Which operations cost a recursion level in warm code (the depth a recursive function
    /// reaches shrinks by what runs before its try).
    func testRecursionLevelsOfOperations() throws {
        let operations = [("base", "x = 1"), ("int", "int(5)"), ("str", "str(5)"), ("range", "range(3)"),
                          ("zip", "zip()"), ("object", "object()"), ("user class", "C()"), ("exception", "KeyError(1)"),
                          ("hash", "hash(1)"), ("id", "id(1)"), ("callable", "callable(1)"), ("repr", "repr(1)"),
                          ("any", "any(())"), ("all", "all(())"), ("vars", "vars(C)"), ("min", "min(1, 2)"),
                          ("max", "max((1,))"), ("print", "print(end='')"), ("globals", "globals()"), ("locals", "locals()"),
                          ("dir", "dir(C)"), ("next", "next(iter((1,)))"), ("len", "len(())"), ("isinstance", "isinstance(1, int)"),
                          ("getattr", "getattr(C, 'm')"), ("list", "list((1,))"), ("tuple", "tuple()"), ("dict", "dict()"),
                          ("enumerate", "enumerate(())"), ("map", "map(len, ())"), ("filter", "filter(None, ())"),
                          ("float", "float(1)"), ("bool", "bool(1)"), ("super", "super(int, 1)"), ("lambda", "(lambda: 1)()"),
                          ("comprehension", "[i for i in ()]"), ("method", "C().m()")]
        var source = "class C:\n    def m(self): return 1\nres = {}\n"
        for (index, (name, expression)) in operations.enumerated() {
            source += "def f\(index)(n):\n    \(expression)\n    try:\n        return f\(index)(n + 1)\n    except RecursionError:\n        return n\nres['\(name)'] = f\(index)(0)\n"
        }
        source += "print({k: res['base'] - res[k] for k in res})\n"
        try assertSameAsCPython(source)
    }

    func testRecursionDepthsMatchCPython() throws {
        try assertSameAsCPython("""
        def f(n):
            try:
                return f(n + 1)
            except RecursionError:
                return n
        def g(n):
            try:
                yield from g(n + 1)
            except RecursionError:
                yield n
        def gfor(n):
            try:
                for x in gfor(n + 1):
                    yield x
            except RecursionError:
                yield n
        class C:
            def m(self, n):
                try:
                    return self.m(n + 1)
                except RecursionError:
                    return n
            def __call__(self, n):
                try:
                    return self(n + 1)
                except RecursionError:
                    return n
        class I:
            def __init__(self, n):
                try:
                    self.v = I(n + 1).v
                except RecursionError:
                    self.v = n
        def lam_outer(n):
            h = lambda k: lam_outer(k)
            try:
                return h(n + 1)
            except RecursionError:
                return n
        def deco(fn):
            def wrapper(*a, **k):
                return fn(*a, **k)
            return wrapper
        @deco
        def decorated(n):
            try:
                return decorated(n + 1)
            except RecursionError:
                return n
        def f2(n):
            try:
                return f2(n + 1)
            except RecursionError as e:
                return n, str(e)
        print("f", f(0), f2(0))
        print("g", next(g(0)))
        for x in g(0):
            print("g for", x)
            break
        print("gfor", next(gfor(0)))
        print("m", C().m(0), "call", C()(0), "init", I(0).v)
        print("lambda", lam_outer(0), "decorated", decorated(0))
        print("comprehension", [f(0) for _ in range(1)])
        class Rep:
            def __init__(self, n): self.n = n
            def __repr__(self):
                try:
                    return repr(Rep(self.n + 1))
                except RecursionError:
                    return str(self.n)
        print("repr", repr(Rep(0)))
        l = []
        for i in range(10000):
            l = [l]
        try:
            repr(l)
        except RecursionError as e:
            print("nested list:", e)
        class Eq:
            def __eq__(self, o):
                return self == o
        try:
            Eq() == 1
        except RecursionError as e:
            print("eq:", e)
        def forever(n):
            return forever(n + 1)
        try:
            forever(0)
        except RecursionError as e:
            print("forever:", e)
        print("still works", f(990))
        a = []
        b = []
        for i in range(100000):
            a = [a]
            b = [b]
        try:
            print(a == b)
        except RecursionError as e:
            print("nested lists ==:", e)
        t = ()
        for i in range(100000):
            t = (t, 1)
        try:
            print(t < t[0])
        except RecursionError as e:
            print("nested tuples <:", e)
        """)
    }
}
