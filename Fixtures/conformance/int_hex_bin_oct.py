for v in [0, 1, -1, 10, 255, -255, 2**64, -(2**70) + 3]:
    print(v, hex(v), bin(v), oct(v))
print(hex(True), bin(False))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    bin("1")
except TypeError as e:
    print("TypeError:", e)
