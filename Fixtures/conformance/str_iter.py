s = "Hi 😀é"
for ch in s:
    print(repr(ch), ord(ch))
print(list("abc"), tuple("xy"), set("aaa"), "".join(reversed("stressed")))
print([c.upper() for c in "abc"], sorted("banana"), len("banana"), list(enumerate("ab")))
count = 0
for ch in "mississippi":
    if ch == "s":
        count += 1
print(count)
