# Uncaught TypeError: the same base class listed twice.
class Mixin:
    def hello(self):
        return "hello"

class Once(Mixin):
    pass

print(Once().hello())

class Twice(Mixin, Mixin):
    pass
