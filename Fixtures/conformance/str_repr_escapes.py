tests = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "cr\r", "back\\slash",
         "\x00\x01\x1f", "\x7f", "\x80\x9f", "\xa0", "é", "\u200b", "\u2028", "\ud7ff", "😀", "\U000e0001",
         "\a\b\f\v", "", "'", '"', "\u0378", "\ufeff", "\U0010ffff"]
for s in tests:
    print(repr(s), len(s))
print(["a'b", 'c"d', "\n"], ("\t",), {"k\x7f": "v"})
print(str("a\nb"), "%r" % "x'y", f"{'q'!r}")
