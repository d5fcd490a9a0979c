# @property with getter, setter and deleter; validation in the setter.
class Temperature:
    def __init__(self, celsius):
        self._c = None
        self.celsius = celsius

    @property
    def celsius(self):
        print("  get celsius")
        return self._c

    @celsius.setter
    def celsius(self, value):
        print("  set celsius", value)
        if value < -273.15:
            raise ValueError("below absolute zero: %r" % value)
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("  del celsius")
        self._c = None

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
print(t.celsius)
del t.celsius
print(t.celsius, vars(t))
t.celsius = 0
print(t.fahrenheit)
# the property lives in the class; the instance dict only has _c
print(sorted(vars(t)), type(Temperature.__dict__["celsius"]).__name__)
print(type(Temperature.celsius).__name__, Temperature.celsius.fget.__name__)
# a property wins over an instance dict entry of the same name
t.__dict__["celsius"] = "shadow?"
print(t.celsius)
