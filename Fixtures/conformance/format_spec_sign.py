for v in [5, -5, 0, 2.5, -2.5, 0.0, -0.0, float("inf"), float("nan")]:
    print(repr(v), [format(v, s) for s in ["+", "-", " ", "+.1f", " 6", "+08"]])
