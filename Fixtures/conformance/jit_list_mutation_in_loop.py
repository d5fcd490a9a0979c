# Lists that grow, shrink and change element types inside hot loops.
lst = []
for i in range(10000):
    lst.append(i)
    if i % 3 == 0:
        lst.pop(0)
print(len(lst), lst[:3], lst[-3:])
for i in range(len(lst)):
    if i % 1000 == 0:
        lst[i] = str(lst[i])
print(lst[0], lst[1000], type(lst[1]).__name__)
nums = list(range(5000))
i = 0
removed = 0
while i < len(nums):
    if nums[i] % 4 == 0:
        del nums[i]
        removed += 1
    else:
        i += 1
print(removed, len(nums), nums[:5])
grid = [[0] * 50 for _ in range(50)]
for step in range(5000):
    r = (step * 7) % 50
    c = (step * 13) % 50
    grid[r][c] += step
    if step == 4000:
        grid[r] = [x * 1.5 for x in grid[r]]
print(sum(map(sum, grid)), grid[0][:4], type(grid[(4000 * 7) % 50][0]).__name__)
seq = [1, 2, 3]
out = 0
try:
    for k in range(10000):
        out += seq[k // 2500]
except IndexError as e:
    print("IndexError:", e, k, out)
