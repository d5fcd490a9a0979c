# Uncaught AttributeError: instances of built-in types take no new attributes.
class Mine:
    pass

m = Mine()
m.extra = 1
print("user instance accepts", m.extra)
obj = object()
print(type(obj).__name__)
values = [1, 2]
values.extra = 5
