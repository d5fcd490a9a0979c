# @staticmethod and @classmethod: alternative constructors, calls via class and instance, subclasses.
class Date:
    days_in_month = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    def __repr__(self):
        return "%s(%04d-%02d-%02d)" % (type(self).__name__, self.y, self.m, self.d)

    @classmethod
    def from_string(cls, s):
        y, m, d = (int(p) for p in s.split("-"))
        return cls(y, m, d)

    @classmethod
    def from_ordinal(cls, year, n):
        m = 1
        while n > cls.month_length(year, m):
            n -= cls.month_length(year, m)
            m += 1
        return cls(year, m, n)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    @staticmethod
    def month_length(y, m):
        if m == 2 and Date.is_leap(y):
            return 29
        return Date.days_in_month[m - 1]

    def ordinal(self):
        return sum(self.month_length(self.y, k) for k in range(1, self.m)) + self.d

class Holiday(Date):
    pass

d = Date.from_string("2024-03-15")
print(d, d.ordinal(), Date.is_leap(2024), d.is_leap(1900), Date.is_leap(2000))
print(Date.from_ordinal(2023, 60), Date.from_ordinal(2024, 60), Date.from_ordinal(2024, 366))
h = Holiday.from_string("2021-12-25")
print(h, type(h).__name__, isinstance(h, Date), h.ordinal())
print(h.from_string("1999-01-01"), d.from_ordinal(2001, 32))
print(Holiday.month_length(2024, 2), h.month_length(2023, 2))

class Registry:
    items = []

    @classmethod
    def register(cls, x):
        cls.items = cls.items + [x]
        return cls

    @classmethod
    def describe(cls):
        return cls.__name__ + ":" + ",".join(cls.items)

class Sub(Registry):
    pass

Registry.register("a").register("b")
Sub.register("c")
print(Registry.describe(), Sub.describe())
# staticmethod and classmethod objects in the class dict
print(type(Date.__dict__["is_leap"]).__name__, type(Date.__dict__["from_string"]).__name__)
print(Date.__dict__["is_leap"].__func__(1996))
m = Holiday.from_string
print(m.__self__ is Holiday, m.__func__ is Date.__dict__["from_string"].__func__)
