class Base(Exception):
    pass
class Mid(Base):
    pass
class Leaf(Mid):
    pass
class Other(ValueError):
    pass
def throw(n):
    if n == 0:
        raise Leaf("leaf")
    if n == 1:
        raise Mid("mid")
    if n == 2:
        raise Base("base")
    if n == 3:
        raise Other("other")
    return "none"
for n in range(5):
    try:
        print(throw(n))
    except Leaf as e:
        print("Leaf handler", e)
    except Mid as e:
        print("Mid handler", e)
    except ValueError as e:
        print("ValueError handler", type(e).__name__, e)
    except Base as e:
        print("Base handler", e)
print([issubclass(Leaf, c) for c in (Mid, Base, Exception, ValueError)])
try:
    try:
        throw(0)
    except Base as e:
        raise Other("wrapped") from e
except Other as e:
    print(repr(e), "caused by", repr(e.__cause__))
