tests = [
    ("%d %d", (1,)),
    ("%d", (1, 2)),
    ("%d", "x"),
    ("%s", ()),
    ("no format", 5),
    ("%z", 5),
    ("%(k)s", (1,)),
    ("%(k)s", {"j": 1}),
    ("%c", "ab"),
    ("%c", 2**40),
    ("%x", 1.5),
    ("%d", None),
    ("%f", "s"),
    ("%", ()),
]
for fmt, args in tests:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)
