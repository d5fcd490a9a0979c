# A bank: accounts, transactions, transfers, overdraft rules and custom exceptions.
class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__("account %s: cannot withdraw %d (balance %d)" % (account.number, amount, account.balance))
        self.account = account
        self.amount = amount

class AccountFrozen(BankError):
    pass

class Transaction:
    counter = 0

    def __init__(self, kind, amount, balance_after):
        Transaction.counter += 1
        self.id = Transaction.counter
        self.kind, self.amount, self.balance_after = kind, amount, balance_after

    def __repr__(self):
        return "#%d %s %d -> %d" % (self.id, self.kind, self.amount, self.balance_after)

class Account:
    def __init__(self, number, owner, balance=0):
        self.number, self.owner = number, owner
        self.balance = balance
        self.frozen = False
        self.transactions = []

    def _check(self):
        if self.frozen:
            raise AccountFrozen("account %s is frozen" % self.number)

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.transactions.append(Transaction("deposit", amount, self.balance))

    def available(self):
        return self.balance

    def withdraw(self, amount):
        self._check()
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.transactions.append(Transaction("withdraw", amount, self.balance))

    def month_end(self):
        pass

    def __repr__(self):
        return "%s(%s, %s, %d)" % (type(self).__name__, self.number, self.owner, self.balance)

class Checking(Account):
    def __init__(self, number, owner, balance=0, overdraft=100):
        super().__init__(number, owner, balance)
        self.overdraft = overdraft

    def available(self):
        return self.balance + self.overdraft

    def month_end(self):
        if self.balance < 0:
            fee = 15
            self.balance -= fee
            self.transactions.append(Transaction("fee", fee, self.balance))

class Savings(Account):
    rate_percent = 2

    def month_end(self):
        interest = self.balance * self.rate_percent // 100
        if interest:
            self.deposit(interest)

class Bank:
    def __init__(self):
        self.accounts = {}

    def open(self, cls, owner, *args):
        number = "%s-%03d" % (cls.__name__[0], len(self.accounts) + 1)
        acct = cls(number, owner, *args)
        self.accounts[number] = acct
        return acct

    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except BankError:
            a.deposit(amount)  # refund
            raise

    def month_end(self):
        for acct in self.accounts.values():
            acct.month_end()

    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank()
c = bank.open(Checking, "ann", 50)
s = bank.open(Savings, "ann", 1000)
d = bank.open(Checking, "bob", 0, 0)
bank.transfer(s.number, c.number, 200)
c.withdraw(300)
operations = [
    lambda: c.withdraw(100),
    lambda: d.withdraw(1),
    lambda: bank.transfer(c.number, d.number, 10),
    lambda: s.deposit(-5),
    lambda: bank.transfer("S-002", "X-999", 1),
]
for op in operations:
    try:
        op()
        print("ok")
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, "| short by", e.amount - e.account.available())
    except BankError as e:
        print(type(e).__name__ + ":", e)
    except (ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
d.frozen = True
try:
    bank.transfer(s.number, d.number, 5)
except AccountFrozen as e:
    print("AccountFrozen:", e, "| savings balance", s.balance)
bank.month_end()
for acct in bank.accounts.values():
    print(acct, acct.transactions)
print("bank total", bank.total(), "transactions", Transaction.counter)
