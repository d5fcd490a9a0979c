# __name__, __qualname__ and __module__ of classes, nested classes and methods.
class Outer:
    class Inner:
        class Deepest:
            def where(self):
                return "deep"

        def method(self):
            pass

    def method(self):
        def helper():
            pass
        return helper

    @staticmethod
    def smeth():
        pass

    @classmethod
    def cmeth(cls):
        return cls.__name__

def make_class():
    class Local:
        def m(self):
            pass
    return Local

print(Outer.__name__, Outer.__qualname__, Outer.__module__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.Deepest.__qualname__, Outer.Inner.Deepest.where.__qualname__)
print(Outer.method.__name__, Outer.method.__qualname__, Outer.method.__module__)
print(Outer.Inner.method.__qualname__)
print(Outer().method().__qualname__)
print(Outer.smeth.__qualname__, Outer.cmeth.__qualname__, Outer.cmeth())
L = make_class()
print(L.__name__, L.__qualname__, L.m.__qualname__)
print(Outer().method.__name__, Outer().method.__qualname__)
print(type(Outer()).__name__, Outer().__class__.__qualname__)
print(type(Outer.Inner.Deepest()).__qualname__)
print(__name__, Outer.__module__ == __name__)
print(int.__name__, int.__qualname__, int.__module__, type.__name__, object.__name__)
