def run(x):
    log = []
    try:
        log.append("try")
        if x == "raise":
            raise ValueError("v")
        if x == "return":
            return log
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
print(run("ok"))
print(run("raise"))
print(run("return"))
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()
try:
    pass
finally:
    print("finally with no exception")
try:
    try:
        raise TypeError("t")
    finally:
        print("finally runs before propagation")
except TypeError as e:
    print("caught", e)
