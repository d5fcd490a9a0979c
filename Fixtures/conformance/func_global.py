counter = 0
def bump():
    global counter
    counter += 1
    return counter
bump()
bump()
print(counter, bump())
def read_only():
    return counter * 10
print(read_only())
def create():
    global created_later
    created_later = "made"
create()
print(created_later)
names = []
def add_name(n):
    names.append(n)
add_name("a")
add_name("b")
print(names)
x = "global x"
def local_shadow():
    x = "local x"
    return x
print(local_shadow(), x)
def outer():
    global x
    x = "rebound"
    def inner():
        return x
    return inner()
print(outer(), x)
