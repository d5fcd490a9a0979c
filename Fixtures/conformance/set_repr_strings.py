s = {"apple", "banana", "cherry", "date", "elderberry", "fig"}
print(s)
print({"a", "b", "c"}, {"x"}, {"hello", "world"})
t = set("mississippi")
print(t, sorted(t))
u = {"k1", "k2", "k3"} | {"k4"}
print(u, frozenset({"z", "y"}))
print(set(["alpha", "beta", "gamma", "delta"]) - {"beta"})
words = "the quick brown fox jumps over the lazy dog the end".split()
print(set(words))
print({w[0] for w in words})
print({(1, "a"), (2, "b")}, {("x", 1)})
