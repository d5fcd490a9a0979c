for args in [(10, 0, -1), (10, 0, -3), (0, 10, -1), (-1, -10, -2), (5, -5, -5), (3, 3, -1)]:
    r = range(*args)
    print(args, list(r), len(r))
for i in range(5, 0, -1):
    print(i, end=" ")
print()
print(list(range(-3, 3)), list(range(-10, -20, -4)))
