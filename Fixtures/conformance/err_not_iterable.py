count = 3
print(list(range(count)))
for i in count:
    print(i)
