def compute():
    return 41 + 1
print(compute())
print(undefined_total)
