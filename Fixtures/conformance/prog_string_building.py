parts = []
for i in range(1, 16):
    if i % 15 == 0:
        parts.append("FizzBuzz")
    elif i % 3 == 0:
        parts.append("Fizz")
    elif i % 5 == 0:
        parts.append("Buzz")
    else:
        parts.append(str(i))
print(", ".join(parts))
s = ""
for i in range(10):
    s += chr(ord("a") + i) * (i % 3 + 1)
print(s, len(s))
def caesar(text, k):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
msg = "Hello, World! The quick brown fox."
enc = caesar(msg, 13)
print(enc, caesar(enc, 13) == msg)
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(str(j - i) + s[i])
        i = j
    return "".join(out)
print(rle("aaabccddddde"), rle(""), rle("x"))
table = [("Name", "Qty", "Price"), ("apple", 3, 1.25), ("watermelon", 1, 3.5), ("fig", 12, 0.4)]
widths = [max(len(str(row[i])) for row in table) for i in range(3)]
for row in table:
    print(" | ".join(str(v).ljust(w) if i == 0 else str(v).rjust(w) for i, (v, w) in enumerate(zip(row, widths))))
print("-".join(w.capitalize() for w in "snake_case_to_title".split("_")))
words = "the rain in spain stays mainly in the plain".split()
print(" ".join(w[::-1] for w in words), "".join(w[0] for w in words).upper())
