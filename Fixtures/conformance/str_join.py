print(",".join(["a", "b", "c"]), "".join(["x", "y"]), " - ".join(("1", "2")), "|".join([]))
print("-".join("abc"), ", ".join(str(i) for i in range(5)), "\n".join(["l1", "l2"]))
print("".join(sorted({"b": 1, "a": 2})), "+".join(map(str, [1, 2, 3])))
print("ab".join(["1", "2", "3"]), repr("x".join([""])), repr("x".join(["", ""])))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join(["a", None])
except TypeError as e:
    print("TypeError:", e)
try:
    ",".join(5)
except TypeError as e:
    print("TypeError:", e)
