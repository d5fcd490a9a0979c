# String operations: building with join, splitting, replacing, formatting, slicing.
ROUNDS = 1000
LINES = 800

def build_report(r):
    lines = []
    for i in range(LINES):
        name = "item%05d" % (i * 7 % 1000)
        price = (i * 37 % 1000) / 10.0
        lines.append("{:<12}|{:>8.2f}|{:^6}|{}".format(name, price, i % 13, "x" * (i % 5)))
    text = "\n".join(lines)
    text = text.replace("item", "I").replace("|", ";")
    fields = 0
    total = 0.0
    longest = ""
    for line in text.split("\n"):
        parts = line.split(";")
        fields += len(parts)
        total += float(parts[1])
        key = parts[0].strip().upper()
        if len(key + parts[3]) > len(longest) or (len(key + parts[3]) == len(longest) and key + parts[3] > longest):
            longest = key + parts[3]
    words = text.lower().split()
    rev = "".join(reversed(text[:200]))
    return fields, round(total, 2), longest, len(words), rev.count(";"), text.count("x" * 4), len(text) + r

acc = 0
last = None
for r in range(ROUNDS):
    res = build_report(r)
    acc = (acc * 31 + res[0] + res[3] + res[4] + res[5] + res[6]) % 1000000007
    last = res
print(last)
print(acc)
