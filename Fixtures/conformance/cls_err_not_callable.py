# Uncaught TypeError: calling an instance of a class without __call__.
class Handler:
    def __init__(self, name):
        self.name = name

    def handle(self, x):
        return self.name + ":" + str(x)

h = Handler("h")
print(h.handle(1))
handlers = [h.handle, h]
for fn in handlers:
    print(fn(2))
