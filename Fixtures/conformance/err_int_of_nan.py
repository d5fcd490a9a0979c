vals = [1.5, float("nan")]
for v in vals:
    print(int(v))
