s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print(s.replace("three", "3"), "aaa".replace("a", "aa"), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("x".replace("x", ""), "mississippi".replace("ss", "SS"), "😀😀".replace("😀", ":)"), "".replace("", "z"))
print("a.b.c".replace(".", "\\"), repr("tab\tsep".replace("\t", "    ")))
