values = ["b", "a"]
values.sort()
print(values)
values.append(3)
values.sort()
