print("a,b,c".rsplit(","), "a,b,c".rsplit(",", 1), "a b c d".rsplit(None, 2), "  a  b  ".rsplit())
print("path/to/file.txt".rsplit("/", 1), "file.tar.gz".rsplit(".", 1), "noext".rsplit(".", 1))
print("a::b::c".rsplit("::", 1), "xx".rsplit("x"), "  lead".rsplit(" ", 1), "a b  ".rsplit(maxsplit=1))
