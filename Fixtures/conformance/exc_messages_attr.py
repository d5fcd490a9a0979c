def attempt(label, fn):
    try:
        fn()
        print(label, "no error")
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
attempt("list.foo", lambda: [].foo)
attempt("int.append", lambda: (5).append(1))
attempt("str.push", lambda: "s".push)
attempt("None.x", lambda: None.x)
attempt("dict.key", lambda: {"k": 1}.k)
attempt("tuple.append", lambda: (1,).append)
attempt("float.real ok", lambda: (1.5).real)
attempt("func attr", lambda: len.nothing)
def f():
    pass
attempt("user func attr", lambda: f.missing)
attempt("set.append", lambda: set().append(1))
attempt("bool.x", lambda: True.x)
attempt("gen.send ok", lambda: (x for x in []).send)
attempt("range.step ok", lambda: range(3).step)
