cells = [None] * 3
for i in range(3):
    cells[i] = i * 2
print(cells)
cells[3] = 6
