for s in ["1.5", "  -2.25  ", "+3", "1e3", "1E-3", ".5", "5.", "1_000.5", "inf", "-inf", "+Infinity",
          "nan", "NaN", "-nan", "  iNF ", "1e400", "-1e400", "1e-400", "10", "007.5", "0"]:
    print(repr(s), float(s))
print(float(5), float(-0), float(True), float(2**100), float())
for s in ["", "abc", "1.2.3", "1e", "--1", "1_", "_1", "in f", "0x10"]:
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)
