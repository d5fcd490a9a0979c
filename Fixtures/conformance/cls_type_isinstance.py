# type(x), x.__class__, isinstance, issubclass, with classes and tuples of classes.
class Animal:
    pass

class Dog(Animal):
    pass

class Cat(Animal):
    pass

class Puppy(Dog):
    pass

pets = [Dog(), Cat(), Puppy(), Animal()]
for p in pets:
    print(type(p).__name__, p.__class__.__name__, type(p) is p.__class__,
          isinstance(p, Animal), isinstance(p, Dog), isinstance(p, (Cat, Puppy)),
          type(p) is Dog, type(p) == Animal)
print(issubclass(Puppy, Dog), issubclass(Puppy, Animal), issubclass(Dog, Puppy))
print(issubclass(Dog, Dog), issubclass(Cat, (Dog, Puppy)), issubclass(Cat, (Dog, Animal)))
print(issubclass(Animal, object), isinstance(Dog, type), isinstance(Dog(), type))
print(type(Dog).__name__, type(type).__name__, type(object).__name__)
print(Dog.__bases__ == (Animal,), Animal.__bases__ == (object,), Puppy.__base__ is Dog)
print([c.__name__ for c in Puppy.__mro__])
print(isinstance(3, int), isinstance(True, int), isinstance(3, (str, float)), issubclass(bool, int))
print(type(3) is int, type(True) is int, type(True).__name__)
# creating an instance from type(x)
d = Puppy()
e = type(d)()
print(type(e).__name__, isinstance(e, Dog))
# class objects as dict keys, by name
counts = {}
for p in pets + [Dog(), Dog()]:
    counts[type(p)] = counts.get(type(p), 0) + 1
print(sorted((k.__name__, v) for k, v in counts.items()))
try:
    isinstance(d, "Dog")
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(d, Dog)
except TypeError as e:
    print("TypeError:", e)
