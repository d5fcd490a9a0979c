s = {3, 1, 2, 3, 1}
print(s, len(s), 2 in s, 5 not in s, type(s))
print(set(), set([1, 2, 2]), set("aab") == {"a", "b"}, set(range(5)), set({1: 2}))
s.add(10)
s.add(1)
s.discard(2)
s.discard(99)
print(s)
s.remove(3)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)
print({-1, -2, 0, 5, 100, 1000}, {2**64, 1}, {0.5, 1.5, 2.0})
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    s.add({})
except TypeError as e:
    print("TypeError:", e)
print({1, 1.0, True}, {0, False, 0.0})
