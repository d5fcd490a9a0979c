for v in [0, 1, 10, 255, -255, 65535, 2**70, True]:
    print(v, [format(v, t) for t in ["d", "b", "o", "x", "X", "#b", "#o", "#x", "#X", "08x", "#010b", "e", ".2f", "%", "g"]])
print(format(65, "c"), format(128512, "c"), format(97, "^5c"), format(10, "+#x"), format(-10, "#x"), format(-10, "#010x"))
for bad in ["s", ".2d", "z"]:
    try:
        print(format(10, bad))
    except ValueError as e:
        print("ValueError:", e)
