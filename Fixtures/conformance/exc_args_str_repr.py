excs = [ValueError("bad"), ValueError(), ValueError("a", 2), KeyError("k"), KeyError(), KeyError("a", "b"),
        IndexError("list index out of range"), TypeError(5), ZeroDivisionError("division by zero"),
        RuntimeError(None), Exception("x", None), AssertionError(""), StopIteration(3), NameError("n"),
        OverflowError("big"), KeyError(("t", 1)), AttributeError("attr")]
for e in excs:
    print(repr(e), "|", str(e), "|", e.args, "|", type(e).__name__)
e = ValueError("mutable args")
e.args = ("changed",)
print(e, e.args)
print(isinstance(KeyError("x"), LookupError), isinstance(KeyError("x"), Exception), isinstance(5, Exception))
print(str(KeyError("it's")), str(KeyError('"q"')), str(KeyError(5)))
