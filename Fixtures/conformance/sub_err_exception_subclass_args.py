# Uncaught custom exception whose __init__ takes no message: str() is built from args.
class QuotaExceeded(Exception):
    def __init__(self, used, limit):
        super().__init__(used, limit)
        self.used = used
        self.limit = limit

class Service:
    def __init__(self, limit):
        self.limit = limit
        self.used = 0

    def call(self, cost):
        if self.used + cost > self.limit:
            raise QuotaExceeded(self.used + cost, self.limit)
        self.used += cost
        return self.used

s = Service(10)
print(s.call(4), s.call(5))
try:
    s.call(3)
except QuotaExceeded as e:
    print("caught", e, e.used, e.limit)
s.call(2)
