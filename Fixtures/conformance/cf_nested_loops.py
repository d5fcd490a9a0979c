found = None
for i in range(1, 20):
    for j in range(1, 20):
        if i * j == 42 and i < j:
            found = (i, j)
            break
    if found:
        break
print(found)
table = []
for r in range(1, 5):
    row = []
    for c in range(1, 5):
        row.append(r * c)
    table.append(row)
for row in table:
    print(" ".join(str(v).rjust(3) for v in row))
pairs = 0
i = 0
while i < 5:
    j = 0
    while j < 5:
        if (i + j) % 2 == 0:
            pairs += 1
        j += 1
    i += 1
print(pairs)
triples = [(a, b, c) for a in range(1, 20) for b in range(a, 20) for c in range(b, 20) if a * a + b * b == c * c]
print(triples)
