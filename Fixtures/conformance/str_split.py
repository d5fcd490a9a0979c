print("a,b,c".split(","), "a,,b,".split(","), "".split(","), ",".split(","))
print("  hello   world  ".split(), "".split(), "   ".split(), "a\tb\nc\r\nd  e".split())
print("a b c d".split(" ", 1), "a b c d".split(maxsplit=2), "a,b,c".split(",", 0), "a,b,c".split(",", -1))
print("one::two::three".split("::"), "aaa".split("a"), "abc".split("abc"), "abcabc".split("bc"))
print("  x  y  ".split(None, 1), "x  y  ".split(" "), "k=v=w".split("=", 1))
print("1 2 3".split(sep=" "), "😀a😀b".split("😀"))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
try:
    "abc".split(1)
except TypeError as e:
    print("TypeError:", e)
