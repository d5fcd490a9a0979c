# Uncaught TypeError: no consistent method resolution order exists.
class Base:
    pass

class Derived(Base):
    pass

print([c.__name__ for c in Derived.__mro__])

class Broken(Base, Derived):
    pass

print("not reached")
