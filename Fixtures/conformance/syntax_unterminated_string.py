print("ok")
message = "no closing quote
print(message)
