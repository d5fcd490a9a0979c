s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcHELLOcba".strip("abc"), "www.example.com".strip("cmowz."))
print("00120".lstrip("0"), "1200".rstrip("0"), repr("aaaa".strip("a")), repr("".strip()), "abc".strip(""))
print(repr("\u00a0x\u3000".strip()), "--a--".lstrip("-"), "--a--".rstrip("-"), "a".strip(None))
print("😀x😀".strip("😀"), "  multiple   spaces  ".strip().split("   "))
