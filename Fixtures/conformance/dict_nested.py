db = {"users": {"ann": {"age": 31, "tags": ["admin"]}, "bob": {"age": 42, "tags": []}}}
db["users"]["bob"]["tags"].append("new")
db["users"]["cy"] = {"age": 19, "tags": ["x", "y"]}
print(db)
print(db["users"]["ann"]["tags"][0], len(db["users"]), sorted(db["users"]))
ages = {name: info["age"] for name, info in db["users"].items()}
print(ages, max(ages, key=ages.get), sum(ages.values()))
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
