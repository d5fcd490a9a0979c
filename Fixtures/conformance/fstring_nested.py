width = 10
prec = 3
val = 2 / 3
print(f"[{val:{width}.{prec}f}]", f"[{val:>{width}}]", f"[{'s':{'^'}{width}}]")
rows = [("apple", 3, 1.5), ("banana", 12, 0.25), ("kiwi", 100, 10.0)]
for n, q, p in rows:
    print(f"{n:<8}|{q:>4}|{p:>8.2f}|{q * p:>9.3f}")
print(f"{'inner {x}'}", f"{f'{1 + 1}'}")
align = "<"
print(f"[{'ab':{align}6}]", f"{[f'{i:02d}' for i in range(3)]}")
print(f"{ {'a': 1}['a'] }", f"{(lambda z: z * 2)(4)}", f"{'-'.join(str(i) for i in range(4))}")
