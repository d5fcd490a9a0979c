xs = [4.0, 2.0, 1.0, 0.0]
for x in xs:
    print(1.0 / x)
