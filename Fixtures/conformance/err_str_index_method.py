line = "key=value"
print(line.index("="))
print(line[:line.index("=")])
print(line.index(":"))
