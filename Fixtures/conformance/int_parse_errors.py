cases = ["x", "", " ", "1.5", "1__0", "_1", "1_", "0x", "12a", "- 1", "++1", "1e5"]
for s in cases:
    try:
        print(int(s))
    except ValueError as e:
        print("ValueError:", e)
for s, b in [("9", 8), ("g", 16), ("012", 0), ("2", 2), ("0b2", 0)]:
    try:
        print(int(s, b))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("1", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1", 37)
except ValueError as e:
    print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
