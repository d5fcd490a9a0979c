names = ["ann", "bob", "cy"]
names.remove("bob")
print(names)
names.remove("bob")
