print(1 == 1.0, 1 == True, 0 == False, 2 == True, 1.5 > 1, 2 > 1.5)
print(2**53 == 2.0**53, 2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 2**53 + 1 < 2.0**53 + 2)
print(10**400 > 1e308, -(10**400) < -1e308, 10**400 < float("inf"), -(10**400) > float("-inf"))
print(1 < float("nan"), 1 > float("nan"), 1 == float("nan"), 1 != float("nan"))
print(True < 2, False < True, True + True, True * 3.5)
print(3 < 4 < 5, 3 < 4 > 5, 1 < 2 == 2.0, max(1, 2.0, True), min(0, False))
print(0.1 + 0.2 == 0.3, 9007199254740993 == 9007199254740992.0)
print(-0.0 == 0, 0.0 == -0, 123456789012345678901234567890 == 1.2345678901234568e+29)
print(int(1.2345678901234568e+29))
print(2**1000 == 2.0**1000, 2**1000 + 1 > 2.0**1000, 3 != 3.0000000000000001)
try:
    print(1 < "1")
except TypeError as e:
    print("TypeError:", e)
try:
    print(None < 1)
except TypeError as e:
    print("TypeError:", e)
print(1 == "1", None == 0, [] == 0)
