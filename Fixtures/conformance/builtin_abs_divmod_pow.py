print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-(10**30)), abs(float("-inf")))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-17.5, 5), divmod(10**20, 7), divmod(True, True))
print(pow(2, 8), pow(2, -1), pow(2.5, 2), pow(-2, 3), pow(2, 100, 1000), pow(0, 0), pow(4, 0.5), pow(base=3, exp=2))
print(round(2.567, 2), round(-2.5), round(3.5), round(7, -1), round(1.23456789e10, -5))
