vals = [0.0, 1.0, -1.5, 3.14159265, 1234567.891, 1e-5, 0.00012345, 1e16, 1e-10, 2.5, 100.0, 123456789.0, float("inf"), float("-inf"), float("nan")]
for v in vals:
    print(repr(v), format(v, ""), format(v, "f"), format(v, ".2f"), format(v, ".0f"), format(v, "e"), format(v, ".3E"),
          format(v, "g"), format(v, ".3g"), format(v, "G"), format(v, "%"), format(v, ".1%"), format(v, "F"), format(v, "#.0f"), format(v, ".10g"))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"), format(2.675, ".2f"))
print(format(1.0, "#g"), format(100000.0, "g"), format(1000000.0, "g"), format(1e-4, "g"), format(1e-5, "g"), format(123.456, "10.4g"))
print(format(12.0, ".3"), format(12.5, ".1"), format(1e100, ".3"), format(123456.0, ".3"), format(0.1, ".20f"))
