r = range(0, 20, 3)
print(r[0], r[1], r[-1], r[-2], r[len(r) - 1])
print(r[1:4], r[::2], r[::-1], r[-3:], r[5:1:-1], r[10:], r[:0])
print(list(r[1:4]), list(r[::-1]), list(range(10)[::-3]))
try:
    r[7]
except IndexError as e:
    print("IndexError:", e)
try:
    r["a"]
except TypeError as e:
    print("TypeError:", e)
big = range(10**18)
print(big[-1], len(big), big[10**17], big[::10**17])
