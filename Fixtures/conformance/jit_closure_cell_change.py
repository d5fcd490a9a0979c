# Closure cells modified while a hot loop reads them.
def make():
    step = 1
    def advance(x):
        return x + step
    def set_step(s):
        nonlocal step
        step = s
    return advance, set_step
advance, set_step = make()
x = 0
for i in range(12000):
    x = advance(x)
    if i == 4000:
        set_step(2)
    if i == 8000:
        set_step(0.5)
print(x)
set_step("!")
try:
    advance(1)
except TypeError as e:
    print("TypeError:", e)
print(advance("wow"))
def counter_factory():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
incs = [counter_factory() for _ in range(3)]
for i in range(9000):
    incs[i % 3]()
print([f() for f in incs])
