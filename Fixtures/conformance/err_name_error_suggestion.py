# CPython 3.11 appends "Did you mean: ...?" to uncaught NameErrors when a close name exists.
counter = 3
print(counter)
print(countr)
