a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b)
c = a.copy()
c.append(5)
print(a, c)
grid = [[0] * 3] * 3
grid[1][1] = 1
print(grid)
grid2 = [row[:] for row in grid]
grid2[0][0] = 9
print(grid, grid2)
def mutate(lst):
    lst.append("m")
    lst = ["new"]
    lst.append("n")
    return lst
orig = ["o"]
ret = mutate(orig)
print(orig, ret)
outer = [[1, 2], [3, 4]]
shallow = outer[:]
shallow[0].append(99)
shallow[1] = "replaced"
print(outer, shallow)
x = [1, 2]
y = [x, x]
x.append(3)
print(y, y[0] is y[1])
