# Methods added to, replaced on, and removed from a class after instances exist.
class Robot:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return "I am " + self.name

r1 = Robot("r1")
r2 = Robot("r2")
print(r1.greet())

def wave(self, times=1):
    return self.name + " waves" + "!" * times

Robot.wave = wave
print(r1.wave(), r2.wave(3))

old_greet = Robot.greet
def greet(self):
    return old_greet(self).upper() + "."
Robot.greet = greet
print(r1.greet(), r2.greet())

# a lambda works as a method too
Robot.shout = lambda self, word: word.upper() + " says " + self.name
print(r2.shout("hey"))

# a function stored on the instance is NOT bound: it gets no self
r1.solo = lambda: "instance-level function"
print(r1.solo(), hasattr(r2, "solo"))

# instance attribute shadows the method for that instance only
r2.greet = lambda: "shadowed"
print(r1.greet(), r2.greet())
del r2.greet
print(r2.greet())

# removing a method from the class
del Robot.wave
print(hasattr(r1, "wave"))
try:
    r1.wave()
except AttributeError as e:
    print("AttributeError:", e)

# subclasses see methods added to the base later
class Drone(Robot):
    pass

d = Drone("d1")
Robot.power = lambda self: len(self.name) * 10
print(d.power(), Drone.power is Robot.power)
