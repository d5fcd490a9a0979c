try:
    try:
        1 / 0
    except ZeroDivisionError:
        {}["missing"]
except KeyError as e:
    print("KeyError:", e)
    print("context:", repr(e.__context__))
    print("cause:", e.__cause__)
try:
    try:
        raise ValueError("first")
    except ValueError as e1:
        raise TypeError("second") from e1
except TypeError as e2:
    print("TypeError:", e2, "| cause:", repr(e2.__cause__), "| suppress:", e2.__suppress_context__)
try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("no context") from None
except TypeError as e3:
    print(repr(e3.__cause__), repr(e3.__context__), e3.__suppress_context__)
def handler():
    try:
        [][1]
    except IndexError:
        return int("bad")
try:
    handler()
except ValueError as e:
    print("ValueError:", e, "| context:", repr(e.__context__))
