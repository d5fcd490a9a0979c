for v in [0, 999, 1000, -1000, 1234567, 10**12, -(10**15) - 1]:
    print(format(v, ","), format(v, "_"), format(v, "_x"), format(v, "_b"), format(v, "12,"), format(v, "012,"))
for v in [1234.5, 1234567.891, -0.5, 1e20, 123.0]:
    print(format(v, ","), format(v, ",.2f"), format(v, "_.1f"), format(v, ",e"), format(v, ",g"))
try:
    format(5, ",_")
except ValueError as e:
    print("ValueError:", e)
try:
    format("abc", ",")
except ValueError as e:
    print("ValueError:", e)
