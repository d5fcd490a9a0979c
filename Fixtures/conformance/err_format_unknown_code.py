value = "12"
print(f"{value:>5}")
print(f"{value:5d}")
