# Globals and builtins rebound while hot code refers to them.
def helper(x):
    return x + 1
def run(n):
    s = 0
    for i in range(n):
        s += helper(i)
    return s
print(run(10000))
def helper(x):
    return x - 1
print(run(10000))
FACTOR = 2
def scaled(n):
    t = 0
    for i in range(n):
        t += i * FACTOR
    return t
print(scaled(5000))
FACTOR = 2.5
print(scaled(5000))
FACTOR = "ab"
try:
    scaled(3)
except TypeError as e:
    print("TypeError:", e)
def measure(items):
    total = 0
    for it in items:
        total += len(it)
    return total
words = ["a", "bb", "ccc"] * 2000
print(measure(words))
def len(x):
    return 100
print(measure(words))
del len
print(measure(words))
counter = 0
def bump():
    global counter
    counter += 1
for _ in range(9000):
    bump()
    if counter == 4500:
        counter = 10**20
print(counter)
