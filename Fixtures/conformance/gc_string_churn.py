# String churn: building, slicing and discarding strings; a kept list of strings is checked at the end.
kept = []
acc = 0
for i in range(60000):
    s = "x" * (i % 50) + str(i)
    t = s.upper() + "-" + s[::-1]
    parts = t.split("-")
    acc = (acc + len(parts[0]) * 31 + len("".join(parts))) % 1000000007
    if i % 250 == 0:
        kept.append(t)
print(acc, len(kept))
good = all(k.split("-")[0] == k.split("-")[1][::-1].upper() for k in kept)
print(good, kept[0], kept[1][:20], kept[-1][-12:], sum(len(k) for k in kept))
text = " ".join(str(i * i) for i in range(3000))
words = text.split()
print(len(words), words[-1], sum(len(w) for w in words))
