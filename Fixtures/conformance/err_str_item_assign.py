s = "cat"
print(s.replace("c", "b"))
s[0] = "b"
