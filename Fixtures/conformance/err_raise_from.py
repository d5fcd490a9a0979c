def load(key):
    table = {"a": 1}
    try:
        return table[key]
    except KeyError as e:
        raise ValueError("unknown key " + repr(key)) from e
print(load("a"))
print(load("b"))
