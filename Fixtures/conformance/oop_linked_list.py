# A singly linked list class with __iter__, __len__, __getitem__, __contains__, __eq__,
# __repr__, reversal, insertion in order and removal.
class _Node:
    __slots__ = ("value", "next")

    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        tail = None
        for x in items:
            node = _Node(x)
            if tail is None:
                self.head = node
            else:
                tail.next = node
            tail = node
            self.size += 1

    def __iter__(self):
        node = self.head
        while node is not None:
            yield node.value
            node = node.next

    def __len__(self):
        return self.size

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"

    def __str__(self):
        return " -> ".join(str(v) for v in self) + " -> None"

    def __getitem__(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("LinkedList index out of range")
        node = self.head
        for _ in range(i):
            node = node.next
        return node.value

    def __contains__(self, value):
        return any(v == value for v in self)

    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)

    def push_front(self, value):
        self.head = _Node(value, self.head)
        self.size += 1
        return self

    def insert_sorted(self, value):
        if self.head is None or value < self.head.value:
            return self.push_front(value)
        node = self.head
        while node.next is not None and node.next.value <= value:
            node = node.next
        node.next = _Node(value, node.next)
        self.size += 1
        return self

    def remove(self, value):
        prev, node = None, self.head
        while node is not None:
            if node.value == value:
                if prev is None:
                    self.head = node.next
                else:
                    prev.next = node.next
                self.size -= 1
                return True
            prev, node = node, node.next
        return False

    def reverse(self):
        prev, node = None, self.head
        while node is not None:
            node.next, prev, node = prev, node, node.next
        self.head = prev
        return self

    def __add__(self, other):
        return LinkedList(list(self) + list(other))

ll = LinkedList([3, 1, 4])
print(ll, repr(ll), len(ll))
ll.push_front(0).push_front(-1)
print(ll, ll[0], ll[-1], ll[2], 4 in ll, 9 in ll)
print(ll.reverse(), ll.remove(1), ll.remove(42), ll)
s = LinkedList()
for v in [5, 2, 8, 2, 9, 1, 5]:
    s.insert_sorted(v)
print(s, len(s), sum(s), max(s), sorted(s, reverse=True))
print(s == LinkedList([1, 2, 2, 5, 5, 8, 9]), s == [1], LinkedList() == LinkedList())
print(s + ll, list(zip(s, ll)), [v * 2 for v in LinkedList("ab")])
try:
    s[7]
except IndexError as e:
    print("IndexError:", e)
big = LinkedList(range(2000))
print(len(big), big[1999], sum(big), list(big.reverse())[:3])
print(str(LinkedList()), repr(LinkedList()), bool(LinkedList()), bool(s))
