def resource():
    print("open")
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("cleanup")
g = resource()
print(next(g))
g.close()
print("after close")
try:
    next(g)
except StopIteration:
    print("closed generator raises StopIteration")
for v in resource():
    if v == 2:
        break
print("loop done")
def catches():
    try:
        yield "a"
    except GeneratorExit:
        print("got GeneratorExit")
        raise
g2 = catches()
next(g2)
g2.close()
def not_started():
    print("never printed")
    yield
g3 = not_started()
g3.close()
print("closed unstarted")
def finishes():
    yield 1
g4 = finishes()
print(list(g4))
g4.close()
print("close on finished is fine")
def bad():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g5 = bad()
next(g5)
try:
    g5.close()
except RuntimeError as e:
    print("RuntimeError:", e)
