d = {"present": 1}
for key in ["x", 3, (1, 2), 2.5, None, "", "it's", ("a",), True, frozenset([1])]:
    try:
        d[key]
    except KeyError as e:
        print("KeyError:", e, "| args:", e.args, "| repr:", repr(e))
try:
    del d["nope"]
except KeyError as e:
    print("del KeyError:", e)
try:
    d.pop(42)
except KeyError as e:
    print("pop KeyError:", e)
