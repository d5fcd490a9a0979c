def connect(host, *, port=80, secure):
    return host, port, secure
print(connect("h", secure=True), connect("h", port=443, secure=False), connect(secure=1, host="x"))
def f(*, a, b=2):
    return a + b
print(f(a=1), f(b=10, a=1))
for call in [lambda: connect("h", 1, True), lambda: connect("h"), lambda: f(1), lambda: f(), lambda: f(a=1, c=2)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
