print(abs(-2.5), abs(2.5), abs(-0.0), abs(0.0), abs(-1e-320))
z = -0.0
print(z, str(z), repr(z), z == 0, -z, z * 2, z + 0, 0 - z, round(z), round(z, 1))
print(1.0 / float("-inf"), -1e-320 * 1e-10, -5.0 % 5, 5.0 % -5)
print(int(-0.0), float(-0), -0, [-0.0], (-0.0, 0.0))
