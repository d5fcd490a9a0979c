# Uncaught NotImplementedError from an "abstract" method the subclass forgot.
class Animal:
    def __init__(self, name):
        self.name = name

    def sound(self):
        raise NotImplementedError(type(self).__name__ + ".sound")

    def speak(self):
        return self.name + " says " + self.sound()

class Dog(Animal):
    def sound(self):
        return "woof"

class Fish(Animal):
    pass

for a in [Dog("rex"), Fish("nemo")]:
    print(a.speak())
