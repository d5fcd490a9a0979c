# __init__, methods calling methods, chaining by returning self, default arguments.
class Builder:
    def __init__(self, base="", sep=","):
        self.parts = [base] if base else []
        self.sep = sep
        print("init", repr(base), repr(sep))

    def add(self, item):
        self.parts.append(str(item))
        return self

    def add_all(self, *items):
        for it in items:
            self.add(it)
        return self

    def build(self):
        return self.sep.join(self.parts)

    def size(self):
        return len(self.parts)

b = Builder()
print(b.add(1).add(2).add_all(3, 4, 5).build(), b.size())
c = Builder("head", sep=" | ")
print(c.add_all("x", "y").build())
d = Builder(sep="-")
print(repr(d.build()), d.size())

class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        self._record("deposit", amount)
        self.balance += amount

    def withdraw(self, amount):
        if amount > self.balance:
            self._record("refused", amount)
            return False
        self._record("withdraw", amount)
        self.balance -= amount
        return True

    def _record(self, what, amount):
        self.history.append((what, amount, self.balance))

acct = Account("ann", 50)
acct.deposit(25)
print(acct.withdraw(100), acct.withdraw(30), acct.balance)
for entry in acct.history:
    print(entry)

# methods are looked up on the class; calling through the class passes self explicitly
Account.deposit(acct, 5)
print(acct.balance, Account.withdraw(acct, 1), acct.balance)
# init with keyword arguments and the instance dict in insertion order
print(list(vars(Account(balance=3, owner="bo")).items()))
