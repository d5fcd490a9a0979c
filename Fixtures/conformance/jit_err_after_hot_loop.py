# An uncaught error after a loop has been running hot: exit code 1 and the usual last stderr line.
values = {}
for i in range(20000):
    values[i % 1000] = values.get(i % 1000, 0) + i
print(len(values), values[999])
total = 0
for i in range(2000):
    total += values[i]
print(total)
