s = "banana bandana"
print(s.count("a"), s.count("an"), s.count("ana"), s.count(""), s.count("x"), s.count("a", 5), s.count("a", 2, 6))
print("aaaa".count("aa"), "".count(""), "".count("a"), "😀😀x".count("😀"), "abc".count("", 1))
