# Uncaught AttributeError: assigning to a read-only property.
class Account:
    def __init__(self, balance):
        self._balance = balance

    @property
    def balance(self):
        return self._balance

    def deposit(self, n):
        self._balance += n

a = Account(10)
a.deposit(5)
print("balance", a.balance)
a.balance = 100
print("not reached")
