d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 99), d.get(("t",), []))
print(d.pop("a"), d, d.pop("z", "default"), d.pop("z", None))
try:
    d.pop("z")
except KeyError as e:
    print("KeyError:", e)
print(d.keys(), d.values(), d.items())
print(list(d.keys()), list(d.values()), list(d.items()))
cnt = {}
for ch in "abracadabra":
    cnt[ch] = cnt.get(ch, 0) + 1
print(cnt)
try:
    d.get()
except TypeError as e:
    print("TypeError:", e)
