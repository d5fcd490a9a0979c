# Single inheritance: overriding, extending with super(), inherited attributes.
class Employee:
    raise_pct = 3

    def __init__(self, name, salary):
        self.name = name
        self.salary = salary

    def describe(self):
        return "%s earns %d" % (self.name, self.salary)

    def give_raise(self):
        self.salary = self.salary * (100 + self.raise_pct) // 100
        return self.salary

    def title(self):
        return "employee"

class Manager(Employee):
    raise_pct = 10

    def __init__(self, name, salary, reports=()):
        super().__init__(name, salary)
        self.reports = list(reports)

    def describe(self):
        base = super().describe()
        return base + " and manages " + str(len(self.reports))

    def title(self):
        return "manager of " + ", ".join(r.name for r in self.reports)

class Intern(Employee):
    def give_raise(self):
        return self.salary  # no raise

e1 = Employee("ann", 1000)
e2 = Intern("bob", 500)
m = Manager("cid", 2000, [e1, e2])
for p in [e1, e2, m]:
    print(type(p).__name__, "|", p.describe(), "|", p.title(), "|", p.give_raise())
print(Manager.raise_pct, Intern.raise_pct, Employee.raise_pct)
print(sorted(vars(m)), isinstance(m, Employee), issubclass(Intern, Manager))
Employee.raise_pct = 50
print(e1.give_raise(), e2.give_raise(), m.give_raise())
# the base-class method called explicitly on a subclass instance
print(Employee.describe(m), "/", Employee.title(m))
