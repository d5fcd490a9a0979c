# A binary search tree class: insert, search, delete, min/max, height, in-order __iter__,
# range queries, and a balanced rebuild.
class BST:
    class _Node:
        __slots__ = ("key", "val", "left", "right")
        def __init__(self, key, val):
            self.key, self.val = key, val
            self.left = self.right = None

    def __init__(self):
        self.root = None
        self.count = 0

    def __len__(self):
        return self.count

    def __setitem__(self, key, val):
        if self.root is None:
            self.root = BST._Node(key, val)
            self.count += 1
            return
        node = self.root
        while True:
            if key == node.key:
                node.val = val
                return
            side = "left" if key < node.key else "right"
            child = getattr(node, side)
            if child is None:
                setattr(node, side, BST._Node(key, val))
                self.count += 1
                return
            node = child

    def __getitem__(self, key):
        node = self.root
        while node is not None:
            if key == node.key:
                return node.val
            node = node.left if key < node.key else node.right
        raise KeyError(key)

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def __delitem__(self, key):
        self.root, removed = self._delete(self.root, key)
        if not removed:
            raise KeyError(key)
        self.count -= 1

    def _delete(self, node, key):
        if node is None:
            return None, False
        if key < node.key:
            node.left, removed = self._delete(node.left, key)
            return node, removed
        if key > node.key:
            node.right, removed = self._delete(node.right, key)
            return node, removed
        if node.left is None:
            return node.right, True
        if node.right is None:
            return node.left, True
        succ = node.right
        while succ.left is not None:
            succ = succ.left
        node.key, node.val = succ.key, succ.val
        node.right, _ = self._delete(node.right, succ.key)
        return node, True

    def __iter__(self):
        stack, node = [], self.root
        while stack or node is not None:
            while node is not None:
                stack.append(node)
                node = node.left
            node = stack.pop()
            yield node.key
            node = node.right

    def items(self):
        for k in self:
            yield k, self[k]

    def height(self, node=0):
        if node == 0:
            node = self.root
        if node is None:
            return 0
        return 1 + max(self.height(node.left), self.height(node.right))

    def range(self, lo, hi):
        def walk(node):
            if node is None:
                return
            if lo < node.key:
                yield from walk(node.left)
            if lo <= node.key <= hi:
                yield node.key
            if node.key < hi:
                yield from walk(node.right)
        return list(walk(self.root))

    def min(self):
        node = self.root
        while node.left is not None:
            node = node.left
        return node.key

    def max(self):
        node = self.root
        while node.right is not None:
            node = node.right
        return node.key

    @classmethod
    def balanced(cls, pairs):
        tree = cls()
        def build(lo, hi):
            if lo > hi:
                return
            mid = (lo + hi) // 2
            tree[pairs[mid][0]] = pairs[mid][1]
            build(lo, mid - 1)
            build(mid + 1, hi)
        build(0, len(pairs) - 1)
        return tree

t = BST()
x = 7
for i in range(40):
    x = (x * 37 + 11) % 101
    t[x] = i
print(len(t), t.height(), t.min(), t.max(), list(t)[:10])
print(t[x], 50 in t, t.range(20, 40))
for k in list(t)[::3]:
    del t[k]
print(len(t), list(t), t.height())
try:
    del t[1000]
except KeyError as e:
    print("KeyError:", e)
t[5] = "five"
t[5] = "FIVE"
print(t[5], len(t), list(t.items())[:4])
b = BST.balanced(sorted(t.items()))
print(len(b), b.height(), list(b) == list(t), [b[k] for k in list(b)[:5]])
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words[w] = words[w] + 1 if w in words else 1
print(list(words.items()), words.range("d", "l"))
