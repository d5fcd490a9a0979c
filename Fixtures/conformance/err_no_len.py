n = 12345
print(len(str(n)))
print(len(n))
