for s in ["hello World", "HELLO", "hello", "hELLO wORLD", "they're bill's friends", "123abc", "", "a1b2 c3", "ÉCOLE été"]:
    print(repr(s), s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase())
