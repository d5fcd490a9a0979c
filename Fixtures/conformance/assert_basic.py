assert True
assert 1 == 1, "never shown"
try:
    assert 1 == 2
except AssertionError as e:
    print("AssertionError", repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print("AssertionError:", e)
try:
    x = 5
    assert x < 3, "x too large: " + str(x)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False, (1, 2)
except AssertionError as e:
    print(e.args)
