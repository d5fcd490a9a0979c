def attempt(label, f):
    try:
        print(label, f())
    except ZeroDivisionError as e:
        print(label, "ZeroDivisionError:", e)

attempt("1.0/0", lambda: 1.0 / 0)
attempt("1/0.0", lambda: 1 / 0.0)
attempt("1/0", lambda: 1 / 0)
attempt("0.0/0.0", lambda: 0.0 / 0.0)
attempt("1//0", lambda: 1 // 0)
attempt("1%0", lambda: 1 % 0)
attempt("1.0//0", lambda: 1.0 // 0)
attempt("1.0%0", lambda: 1.0 % 0)
attempt("5%0.0", lambda: 5 % 0.0)
attempt("divmod(1.0,0)", lambda: divmod(1.0, 0))
attempt("divmod(1,0)", lambda: divmod(1, 0))
attempt("0.0**-1", lambda: 0.0 ** -1)
attempt("0**-1.0", lambda: 0 ** -1.0)
attempt("10**40/0", lambda: 10**40 / 0)
attempt("1/-0.0", lambda: 1 / -0.0)
attempt("ok 1/1e-300", lambda: 1 / 1e-300)
