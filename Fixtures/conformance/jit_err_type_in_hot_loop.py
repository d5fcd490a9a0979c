# A hot loop that hits an unsupported operand type after thousands of iterations.
items = [i for i in range(9000)] + ["oops"] + [1, 2]
acc = 0
for n, it in enumerate(items):
    acc += it * 2
    if n % 3000 == 0:
        print(n, acc)
