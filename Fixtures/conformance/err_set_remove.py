seen = {"a", "b"}
seen.remove("a")
print(seen)
seen.remove("z")
