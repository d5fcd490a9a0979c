print(format(42), format(42, ""), format("s"), format(1.5), format(None), format([1, 2]), format(True), format(True, "d"))
print(format(3, "5") + "|", format("ab", "5") + "|", format(2.0, "5") + "|", format(True, ">6") + "|")
print(format("hello", ".3"), format("hello", "^9.2"), format("x", "s"), repr(format("", "3")))
try:
    format([1], "5")
except TypeError as e:
    print("TypeError:", e)
try:
    format(None, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
