s = "filename.tar.gz"
print(s.startswith("file"), s.startswith("name"), s.endswith(".gz"), s.endswith(".tar"))
print(s.startswith(("x", "fi")), s.endswith((".zip", ".gz")), s.startswith(()), s.endswith(""))
print(s.startswith("name", 4), s.startswith("name", 4, 6), s.endswith(".tar", 0, 12), s.startswith("", 100))
print("".startswith(""), "".endswith("a"), "abc".startswith("abcd"), "😀x".startswith("😀"))
try:
    s.startswith(["file"])
except TypeError as e:
    print("TypeError:", e)
