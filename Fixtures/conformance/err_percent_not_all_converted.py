template = "%s = %s"
print(template % ("a", 1))
print(template % ("a", 1, 2))
