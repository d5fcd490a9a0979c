data = [1, 5, 3, 8, 2]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 5])
print(y)
values = iter([3, 2, 1, 0, 5])
out = []
while (v := next(values)) != 0:
    out.append(v)
print(out)
print((total := sum(data)), total * 2)
def f():
    if (m := max(data)) > 5:
        return m
print(f())
chunks = []
text = "abcdefgh"
pos = 0
while (chunk := text[pos:pos + 3]):
    chunks.append(chunk)
    pos += 3
print(chunks)
print([last := i for i in range(4)], last)
