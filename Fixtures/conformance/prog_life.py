def step(grid):
    rows, cols = len(grid), len(grid[0])
    new = [[0] * cols for _ in range(rows)]
    for r in range(rows):
        for c in range(cols):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr or dc:
                        n += grid[(r + dr) % rows][(c + dc) % cols]
            new[r][c] = 1 if n == 3 or (n == 2 and grid[r][c]) else 0
    return new
def show(grid):
    return "\n".join("".join("#" if v else "." for v in row) for row in grid)
grid = [[0] * 12 for _ in range(10)]
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    grid[r][c] = 1
for r, c in [(6, 7), (6, 8), (6, 9)]:
    grid[r][c] = 1
print(show(grid))
for gen in range(1, 25):
    grid = step(grid)
    if gen % 8 == 0:
        print("generation", gen, "alive", sum(map(sum, grid)))
        print(show(grid))
