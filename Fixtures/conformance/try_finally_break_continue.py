for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
print("---")
def loop():
    for i in range(3):
        try:
            if i == 1:
                raise ValueError(i)
        finally:
            if i == 1:
                break
    return "broke out, exception discarded at i=" + str(i)
print(loop())
n = 0
while n < 4:
    n += 1
    try:
        try:
            if n % 2:
                continue
            print("even", n)
        finally:
            print("inner finally", n)
    finally:
        print("outer finally", n)
def cont():
    out = []
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError:
            out.append("exc")
            continue
        finally:
            out.append("fin")
    return out
print(cont())
