for spec in ["", "10", "<10", ">10", "^10", "*<10", "*>10", "*^10", "0>10", "=10", "0=10", " ^11", "-^7", "^1"]:
    for v in [42, -42, "str"]:
        try:
            print(repr(spec), repr(format(v, spec)))
        except ValueError as e:
            print(repr(spec), "ValueError:", e)
print(format(3.5, "=+10"), format(-3.5, "010.2f"), format(-7, "=8"), format(7, "x=8"))
