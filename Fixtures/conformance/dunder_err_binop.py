# Uncaught TypeError: both operands return NotImplemented.
class Celsius:
    def __init__(self, deg):
        self.deg = deg

    def __add__(self, other):
        if isinstance(other, Celsius):
            return Celsius(self.deg + other.deg)
        return NotImplemented

class Fahrenheit:
    def __init__(self, deg):
        self.deg = deg

    def __radd__(self, other):
        return NotImplemented

total = Celsius(10) + Celsius(5)
print("sum", total.deg)
mixed = Celsius(10) + Fahrenheit(50)
print("not reached")
