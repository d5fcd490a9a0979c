# Recursive generators: binary tree traversals, permutations, partitions, nested flattening.
class Node:
    def __init__(self, key, left=None, right=None):
        self.key, self.left, self.right = key, left, right

def insert(node, key):
    if node is None:
        return Node(key)
    if key < node.key:
        node.left = insert(node.left, key)
    else:
        node.right = insert(node.right, key)
    return node

def inorder(n):
    if n:
        yield from inorder(n.left)
        yield n.key
        yield from inorder(n.right)

def preorder(n):
    if n:
        yield n.key
        yield from preorder(n.left)
        yield from preorder(n.right)

def postorder(n):
    if n:
        yield from postorder(n.left)
        yield from postorder(n.right)
        yield n.key

def levels(n, depth=0):
    if n:
        yield depth, n.key
        yield from levels(n.left, depth + 1)
        yield from levels(n.right, depth + 1)

root = None
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root = insert(root, k)
print(list(inorder(root)))
print(list(preorder(root)))
print(list(postorder(root)))
by_depth = {}
for d, k in levels(root):
    by_depth.setdefault(d, []).append(k)
print(by_depth)

def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest

print(["".join(p) for p in permutations("abc")], sum(1 for _ in permutations(list(range(6)))))

def partitions(n, largest=None):
    if largest is None:
        largest = n
    if n == 0:
        yield []
        return
    for k in range(min(n, largest), 0, -1):
        for rest in partitions(n - k, k):
            yield [k] + rest

print(list(partitions(5)), sum(1 for _ in partitions(20)))

def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, (3, [4, [5, []]])], 6, ((7,),)])))

def hanoi(n, src, dst, via):
    if n:
        yield from hanoi(n - 1, src, via, dst)
        yield (n, src, dst)
        yield from hanoi(n - 1, via, dst, src)
moves = list(hanoi(4, "A", "C", "B"))
print(len(moves), moves[:4], moves[-1])
