data = [10, 20, 30]
total = 0
for i in range(4):
    total += data[i]
    print(i, total)
