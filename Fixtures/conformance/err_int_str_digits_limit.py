x = 10**5000
print("computed", x % 97)
print(x)
