# Module-level names in hot loops: LOAD_NAME/STORE_NAME quicken to globals-entry forms and
# Tier 2 reads and writes the entries directly; every way the entry can move must be noticed.
total = 0
x = 0.5
for k in range(3000):
    total += k
    x = x * 1.0001 + 0.25
print(total, round(x, 6))

# A builtin shadowed by a global in the middle of the loop (the keys change).
seen = []
for k in range(400):
    if k == 200:
        def len(s):
            return -1
    if k % 100 == 0:
        seen.append(len("abc"))
print(seen)
del len
print(len("abc"))

# A global deleted and re-created in the middle of a loop.
acc = 0
for k in range(500):
    if k == 250:
        del acc
        acc = 1000
    acc += 1
print(acc)

# Functions that change a module name read by the module loop.
counter = 0
def bump():
    global counter
    counter += 10

steps = 0
for k in range(300):
    steps += counter
    if k % 3 == 0:
        bump()
print(counter, steps)

# STORE_GLOBAL in a hot function loop.
state = 0
def spin(n):
    global state
    for i in range(n):
        state = state + i
spin(1000)
spin(1000)
print(state)

# Class bodies are not module code: their names stay in the class namespace.
made = []
for k in range(100):
    class C:
        v = k
        w = v * 2
    made.append(C.w)
print(sum(made), "v" in dir(C), total)

# A name that first exists only in the builtins, then as a global of another kind.
out = []
for k in range(200):
    out.append(abs(-k))
    if k == 150:
        abs = str
print(out[-3:], abs(7) + "!")

# An unbound name inside a hot loop raises NameError at the right point.
try:
    for k in range(100):
        if k == 90:
            del total
        total2 = total + 1
except NameError as e:
    print("NameError:", e, k)
