# Uncaught exception thrown into a generator that does not handle it.
def monitor():
    readings = []
    while True:
        try:
            value = yield len(readings)
        except ZeroDivisionError:
            print("monitor ignored a ZeroDivisionError")
            continue
        readings.append(value)

m = monitor()
next(m)
print(m.send(3.5), m.send(4.0))
print(m.throw(ZeroDivisionError("noise")))
m.throw(OverflowError("sensor overflow"))
print("not reached")
