import Foundation
import Frontend
import Interpreter
import XCTest

/// Exceptions: the built-in types' args/str/repr/attributes, user subclasses, chaining, handlers,
/// finally, with, assert, and the whole text of uncaught-exception reports.
final class ExceptionsTests: XCTestCase {
    /// Runs `source` with CPython and Hotpath and compares stdout, the exit status and the whole
    /// stderr (CPython's file path replaced by Hotpath's, and without the caret lines CPython 3.11
    /// draws under source lines, which need column positions Hotpath does not record).
    func assertSameStderrAsCPython(_ source: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("hotpath-stderr-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let path = directory.appendingPathComponent("prog.py").path
        try source.write(toFile: path, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", path]
        process.environment = ProcessInfo.processInfo.environment.merging(["PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8"]) { $1 }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let expectedErr = String(decoding: errData, as: UTF8.self)
            .replacingOccurrences(of: path, with: "prog.py")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .filter { line in !(line.contains("^") && line.allSatisfy { " ^~".contains($0) }) }
            .joined(separator: "\n")
        let unit = try compile(source: source, filename: "prog.py")
        let actual = Interpreter.runCapturing(unit, source: source, filename: "prog.py")
        XCTAssertEqual(actual.stdout, String(decoding: outData, as: UTF8.self), "stdout of:\n\(source)", file: file, line: line)
        XCTAssertEqual(actual.status, process.terminationStatus, "status of:\n\(source)", file: file, line: line)
        XCTAssertEqual(actual.stderr, expectedErr, "stderr of:\n\(source)", file: file, line: line)
    }

    func testBuiltinExceptionObjects() throws {
        try assertSameAsCPython("""
        e = ValueError("bad")
        print(repr(e), str(e), e.args)
        print(repr(Exception()), str(Exception()), repr(Exception(1, 2)), str(Exception(1, 2)))
        print(repr(KeyError('k')), str(KeyError('k')), str(KeyError()), str(KeyError(1, 2)), str(KeyError((1, 2))))
        print(StopIteration(5).value, StopIteration().value, StopIteration(1, 2).value)
        print(SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
        e = ValueError("a")
        print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
        try:
            raise ValueError("a")
        except ValueError as v:
            print(type(v.__traceback__).__name__, v.__traceback__ is not None)
        print(isinstance(ValueError(), Exception), issubclass(KeyError, LookupError), issubclass(RecursionError, RuntimeError))
        print(BaseException.__name__, ValueError.__bases__, ZeroDivisionError.__mro__)
        e = Exception("x", 1)
        e.args = (4,)
        print(e, e.args)
        e.args = [5, 6]
        print(e, e.args)
        print(OSError("x"), UnicodeError("u"), NotImplementedError(), repr(GeneratorExit()))
        print(ZeroDivisionError.__qualname__, ValueError.__module__)
        e = ValueError("x")
        print(e.with_traceback(None) is e)
        e.custom = 5
        print(e.custom, e.__dict__)
        for bad in [lambda: ValueError(x=1), lambda: setattr(e, "__cause__", 5), lambda: setattr(e, "__context__", "s"),
                    lambda: e.add_note(5)]:
            try:
                bad()
            except TypeError as t:
                print(t)
        e.add_note("first")
        e.add_note("second")
        print(e.__notes__)
        print(str(Exception("")), repr(Exception("")), str(Exception(None)), repr(Exception([1])))
        """)
    }

    func testExceptionTypesWithTheirOwnArguments() throws {
        try assertSameAsCPython("""
        def t(fn):
            try:
                r = fn()
                print(type(r).__name__, repr(r), str(r), r.args)
            except Exception as e:
                print("ERR", type(e).__name__, e)
        t(lambda: OSError(2, 'No such file'))
        t(lambda: OSError(2, 'No such file', 'f.txt'))
        t(lambda: OSError(2, 'No such file', 'f.txt', None, 'g.txt'))
        t(lambda: OSError('just msg'))
        t(lambda: OSError(99, 'weird'))
        t(lambda: OSError(1, 2, 3, 4, 5, 6))
        t(lambda: FileNotFoundError(2, 'x'))
        t(lambda: ImportError('m', name='n', path='p'))
        t(lambda: ImportError('m', foo=1))
        t(lambda: AttributeError('m', name='n', obj=1))
        t(lambda: AttributeError('m', bad=1))
        t(lambda: NameError('m', name='n'))
        t(lambda: KeyError('m', name='n'))
        t(lambda: SyntaxError('msg', ('f.py', 3, 4, 'text')))
        t(lambda: SyntaxError('msg', ('/a/b/f.py', 3, 4, 'text', 3, 5)))
        t(lambda: TimeoutError())
        e = OSError(2, 'No such file', 'f.txt')
        print(e.errno, e.strerror, e.filename, e.filename2)
        e = ImportError('m', name='n')
        print(e.msg, e.name, e.path)
        e = SyntaxError('msg', ('f.py', 3, 4, 'text'))
        print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
        print(OSError('x').errno, AttributeError('a').name, AttributeError('a').obj, NameError().name)
        print(IOError is OSError, EnvironmentError is OSError, issubclass(BrokenPipeError, ConnectionError))
        class MyOS(OSError): pass
        m = MyOS(5, "io")
        print(repr(m), str(m), m.errno)
        try:
            import missing_module_xyz
        except ModuleNotFoundError as e:
            print(e.name, e.msg)
        try:
            undefined_thing
        except NameError as e:
            print(e.name)
        class A: pass
        a = A()
        try:
            a.missing
        except AttributeError as e:
            print(e.name, e.obj is a)
        print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, str | int))
        print(int | A | None, (int | str).__args__, int | int, type(int | str).__name__)
        try:
            int | 5
        except TypeError as e:
            print(e)
        """)
    }

    func testUserExceptionClasses() throws {
        try assertSameAsCPython("""
        class MyErr(Exception):
            pass
        print(repr(MyErr("x")), str(MyErr("x")), MyErr.__mro__)
        class E2(Exception):
            def __init__(self, a, b):
                super().__init__(a)
                self.b = b
            def __str__(self):
                return "E2 " + str(self.args) + " " + str(self.b)
        x = E2(1, 2)
        print(x, repr(x), x.args, x.b)
        try:
            raise E2(3, 4)
        except E2 as err:
            print("caught", err)
        class E3(Exception):
            def __init__(self, msg):
                self.msg = msg
        print(repr(E3("hi")), str(E3("hi")), E3("hi").args)
        class E4(ValueError):
            pass
        print(repr(E4()), isinstance(E4(), ValueError))
        class E5(Exception):
            def __init__(self, code=0):
                Exception.__init__(self, "code", code)
                self.code = code
        print(E5(code=7).args, E5().code)
        class E6(KeyError):
            def __str__(self):
                return "E6:" + super().__str__()
        print(str(E6("k")), repr(E6("k")))
        class Base(Exception):
            def __repr__(self):
                return "Base!"
        class Derived(Base): pass
        print(repr(Derived()), str(Derived("d")))
        try:
            try:
                raise Derived("inner")
            except Base as b:
                print("caught as base", b)
                raise
        except Exception as outer:
            print("outer", type(outer).__name__)
        raise E2(5, 6)
        """)
    }

    func testChainingAndHandlers() throws {
        try assertSameAsCPython("""
        def f():
            try:
                1/0
            except ZeroDivisionError as e:
                raise ValueError("converted") from e
        try:
            f()
        except ValueError as e:
            print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
        def h():
            try:
                {}["x"]
            except KeyError:
                raise TypeError("during")
        try:
            h()
        except TypeError as e:
            print(repr(e.__context__), e.__cause__, e.__suppress_context__)
        try:
            try:
                raise ValueError(1)
            except ValueError:
                raise KeyError(2) from None
        except KeyError as e:
            print(e.__suppress_context__, repr(e.__context__), e.__cause__)
        def f8():
            try:
                raise ValueError("a")
            except ValueError:
                try:
                    raise TypeError("b")
                except TypeError as t:
                    print("ctx", repr(t.__context__))
                raise
        try:
            f8()
        except ValueError as v:
            print("reraised", v, v.__context__)
        def f9():
            try:
                raise ValueError("first")
            finally:
                raise KeyError("second")
        try:
            f9()
        except KeyError as k:
            print(repr(k), repr(k.__context__))
        e = ValueError("reused")
        try:
            try:
                raise KeyError("k")
            except KeyError:
                raise e
        except ValueError as v:
            print(repr(v.__context__))
        try:
            raise
        except RuntimeError as r:
            print(r)
        for bad in [5, "s", object]:
            try:
                raise bad
            except TypeError as t:
                print(t)
        try:
            raise ValueError from 5
        except TypeError as t:
            print(t)
        try:
            raise ValueError("v") from KeyError
        except ValueError as v:
            print(repr(v.__cause__))
        try:
            try:
                raise ValueError
            except 5:
                pass
        except TypeError as t:
            print(t)
        try:
            try:
                raise ValueError
            except (ValueError, 5):
                print("tuple with a bad entry")
        except TypeError as t:
            print(t)
        def deep():
            try:
                raise ValueError
            except:
                return "bare except"
        print(deep())
        try:
            raise SystemExit(3)
        except SystemExit as s:
            print("exit code", s.code)
        """)
    }

    func testFinallyWithAssertDel() throws {
        try assertSameAsCPython("""
        def f1():
            try:
                return "try"
            finally:
                print("finally runs")
        print(f1())
        def f2():
            try:
                return "try"
            finally:
                return "finally"
        print(f2())
        def f3():
            for i in range(3):
                try:
                    if i == 1:
                        continue
                    if i == 2:
                        break
                    print("body", i)
                finally:
                    print("fin", i)
            return "done"
        print(f3())
        def f4():
            try:
                raise ValueError("lost")
            finally:
                return "swallowed"
        print(f4())
        def f5():
            for i in range(2):
                try:
                    raise KeyError(i)
                finally:
                    continue
            return "cont"
        print(f5())
        def f6():
            try:
                try:
                    raise ValueError("inner")
                finally:
                    print("inner finally")
            except ValueError as e:
                print("outer caught", e)
            else:
                print("no")
            finally:
                print("outer finally")
        f6()
        class CM:
            def __init__(self, suppress): self.suppress = suppress
            def __enter__(self):
                print("enter")
                return self
            def __exit__(self, et, ev, tb):
                print("exit", et.__name__ if et else None, ev, type(tb).__name__)
                return self.suppress
        with CM(True) as c:
            raise ValueError("suppressed")
        print("after with", type(c).__name__)
        try:
            with CM(False):
                raise ValueError("propagates")
        except ValueError as e:
            print("caught", e)
        with CM(False) as a, CM(True) as b:
            print("two managers")
        def f10():
            with CM(False):
                return "from with"
        print(f10())
        for i in range(2):
            with CM(False):
                if i == 0:
                    continue
                break
        try:
            with 5:
                pass
        except TypeError as e:
            print(e)
        try:
            assert 1 == 2, "msg here"
        except AssertionError as e:
            print("assert", e, e.args)
        try:
            assert False
        except AssertionError as e:
            print("plain assert", repr(e))
        x = 5
        del x
        try:
            print(x)
        except NameError as e:
            print(e, e.name)
        def f11():
            y = 1
            del y
            try:
                return y
            except UnboundLocalError as e:
                return str(e)
        print(f11())
        class O: pass
        o = O(); o.a = 1
        del o.a
        try:
            del o.a
        except AttributeError as e:
            print(e)
        d = {"k": 1}
        del d["k"]
        try:
            del d["k"]
        except KeyError as e:
            print("KeyError", e)
        l = [1, 2, 3]
        del l[0], l[-1]
        print(l)
        if (n := 10) > 5:
            print("walrus", n)
        print([y for x in [1, 2] if (y := x * 2)], y)
        print(1 < 2 < 3, 1 < 2 > 3, 1 == 1 != 2, 3 > 2 == 2)
        assert True, "never evaluated" + 1
        assert 0, [1, 2]
        """)
    }

    func testUncaughtExceptionReports() throws {
        try assertSameStderrAsCPython("""
        def inner(n):
            if n == 0:
                raise ValueError("bad " + str(n))
            return inner(n - 1)
        def middle():
            try:
                inner(2)
            except ValueError as e:
                raise KeyError("wrapped") from e
        class Custom(Exception):
            pass
        def outer():
            try:
                middle()
            except KeyError:
                raise Custom("final")
        outer()
        """)
        try assertSameStderrAsCPython("""
        def f(n):
            return f(n + 1)
        print("start")
        f(0)
        """)
        try assertSameStderrAsCPython("""
        def g():
            yield 1
            raise StopIteration("inside")
        for x in g():
            print(x)
        """)
        try assertSameStderrAsCPython("""
        class E(Exception):
            def __str__(self):
                raise KeyError("bad str")
        e = ValueError("with notes")
        e.add_note("note one")
        e.add_note("note two")
        try:
            raise e
        except ValueError:
            raise E()
        """)
        try assertSameStderrAsCPython("""
        counter = 3
        def f():
            value = 1
            return valeu + countr
        f()
        """)
        try assertSameStderrAsCPython("""
        class Point:
            def __init__(self):
                self.width = 1
        Point().widht
        """)
        try assertSameStderrAsCPython("""
        try:
            raise ValueError(1)
        except ValueError:
            raise KeyError(2) from None
        """)
        try assertSameStderrAsCPython("""
        import sys
        print("out")
        raise SystemExit("message to stderr")
        """.replacingOccurrences(of: "import sys\n", with: ""))
        try assertSameStderrAsCPython("raise SystemExit(4)\n")
        try assertSameStderrAsCPython("raise SystemExit(True)\n")
        try assertSameStderrAsCPython("raise SystemExit\n")
        try assertSameStderrAsCPython("exit(2)\n")
        try assertSameStderrAsCPython("""
        def a(): b()
        def b(): c()
        def c(): raise RuntimeError
        a()
        """)
    }
}
