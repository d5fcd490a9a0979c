print("key=value=x".partition("="), "novalue".partition("="), "=start".partition("="), "end=".partition("="))
print("key=value=x".rpartition("="), "novalue".rpartition("="), "a::b::c".rpartition("::"), "".partition("x"))
k, _, v = "name: Ada".partition(": ")
print(k, v)
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError:", e)
