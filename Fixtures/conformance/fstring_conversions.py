vals = ["text", "quote's", 42, 3.5, None, [1, "two"], (1,), {"a": 1}, True, "é😀\n"]
for v in vals:
    print(f"{v}|{v!s}|{v!r}|{v!a}")
print(f"{'x'!r:>6}|{42!r:<5}|{'ab'!s:^6}|")
