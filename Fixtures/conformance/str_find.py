s = "hello hello world"
print(s.find("hello"), s.find("hello", 1), s.find("xyz"), s.find(""), s.find("", 5), s.find("o", 5, 8))
print(s.rfind("hello"), s.rfind("o"), s.rfind("o", 0, 5), s.rfind("xyz"), s.rfind(""), s.find("l", -5))
print(s.index("world"), s.rindex("l"), s.index("l", 5), s.rindex("hello", 0, 10))
print("😀a😀".find("a"), "😀a😀".rfind("😀"), "abc".find("c", 100), "abc".find("", 3), "abc".find("", 4))
try:
    s.index("xyz")
except ValueError as e:
    print("ValueError:", e)
try:
    s.rindex("world", 0, 5)
except ValueError as e:
    print("ValueError:", e)
try:
    s.find(5)
except TypeError as e:
    print("TypeError:", e)
