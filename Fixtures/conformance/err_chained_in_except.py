data = [1, 2]
try:
    print(data[5])
except IndexError:
    print("handling")
    print(data["x"])
