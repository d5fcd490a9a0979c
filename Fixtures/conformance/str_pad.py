for s in ["a", "abc", "hello", "toolongstring"]:
    print("[" + s.center(9) + "]", "[" + s.ljust(7) + "]", "[" + s.rjust(7) + "]", "[" + s.center(8, "*") + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "".zfill(3), "12345".zfill(3), "-".zfill(3))
print("x".center(4, "-"), "xy".center(5, "-"), "x".ljust(3, "😀"), "é".rjust(3, "é"))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
