values = [10, 20, 30]
print([v % 7 for v in values])
print(values[0] % (len(values) - 3))
