def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return "div by zero"
print(safe_div(1, 2), safe_div(1, 0))
for value in ["12", "x", None, [1]]:
    try:
        print(int(value))
    except ValueError as e:
        print("ValueError", e)
    except TypeError as e:
        print("TypeError", e)
try:
    [][0]
except (KeyError, IndexError) as e:
    print("tuple caught", type(e).__name__, e)
try:
    {}["k"]
except LookupError as e:
    print("LookupError caught", type(e).__name__, e)
try:
    raise ValueError("custom message")
except Exception as e:
    print("Exception caught", repr(e))
try:
    undefined_name
except NameError as e:
    print("NameError:", e)
try:
    try:
        1 / 0
    except ValueError:
        print("wrong handler")
except ZeroDivisionError:
    print("outer handler")
e = "before"
try:
    raise KeyError("x")
except KeyError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
