def inner(n):
    for i in range(n):
        yield i
    return "inner done " + str(n)
def outer():
    r1 = yield from inner(2)
    print("r1 =", r1)
    r2 = yield from inner(3)
    print("r2 =", r2)
    yield from "ab"
    yield from [10, 20]
print(list(outer()))
def flatten(x):
    for item in x:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item
print(list(flatten([1, [2, [3, 4], []], [[5]], 6])))
def chain(*iters):
    for it in iters:
        yield from it
print(list(chain(range(3), (9,), {"k": 0})))
def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    yield "node" + str(depth)
    yield from tree(depth - 1)
    yield from tree(depth - 1)
print(list(tree(2)))
