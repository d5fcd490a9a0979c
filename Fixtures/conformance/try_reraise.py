def risky(n):
    if n > 2:
        raise ValueError("too big: " + str(n))
    return n
def wrapper(n):
    try:
        return risky(n)
    except ValueError:
        print("logging and re-raising")
        raise
for n in [1, 5]:
    try:
        print(wrapper(n))
    except ValueError as e:
        print("outer got", e)
try:
    try:
        raise KeyError("orig")
    except KeyError as e:
        err = e
        raise
except KeyError as e2:
    print(e2 is err, e2)
def reraise_other():
    try:
        raise TypeError("a")
    except TypeError as e:
        saved = e
    raise saved
try:
    reraise_other()
except TypeError as e:
    print("raised saved:", e)
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args)
