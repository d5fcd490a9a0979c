errors = []
for fn in [lambda: 1 / 0, lambda: [][1], lambda: {}[1], lambda: int("z"), lambda: None.x, lambda: undefined]:
    try:
        fn()
    except Exception as e:
        errors.append(e)
for e in errors:
    print(type(e).__name__, isinstance(e, Exception), isinstance(e, LookupError), isinstance(e, (ValueError, ArithmeticError)), isinstance(e, BaseException))
print(type(errors[0]) is ZeroDivisionError, type(errors[1]) == IndexError, type(errors[0]))
print([type(e).__name__ for e in errors if isinstance(e, LookupError)])
e = errors[2]
print(e.__class__.__name__, issubclass(type(e), KeyError))
