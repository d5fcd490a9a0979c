import sys

sys.setrecursionlimit(10 ** 6)
def depth(n):
    return depth(n - 1) + 1 if n else 0
print(depth(100000))
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(e)
def lower(n):
    if n:
        return lower(n - 1)
    sys.setrecursionlimit(5)
try:
    lower(3)
except RecursionError as e:
    print(e)
print(sys.getrecursionlimit())
