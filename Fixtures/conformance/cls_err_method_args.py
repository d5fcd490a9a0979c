# Uncaught TypeError: a method that forgot `self` gets one positional argument too many.
class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def size():
        return 0

s = Stack()
s.push(1)
s.push(2)
print(s.items)
print(s.size())
