# Attribute lookup order: instance dict, then the class and its bases in MRO order.
class A:
    greeting = "hello from A"
    color = "red"

    def speak(self):
        return "A speaks: " + self.greeting

class B(A):
    greeting = "hello from B"

class C(B):
    def speak(self):
        return "C speaks, then " + super().speak()

c = C()
print(c.greeting, c.color, c.speak())
c.greeting = "instance greeting"
print(c.speak(), C.greeting)
del c.greeting
B.greeting = "changed B"
print(c.speak())
del B.greeting
print(c.speak())
A.color = "blue"
print(c.color, B.color, C.color)
C.color = "green"
print(c.color, B.color, A().color)
print("color" in C.__dict__, "color" in B.__dict__, "speak" in B.__dict__)
# a method defined in the base sees attributes defined by subclasses
class Template:
    sep = "-"
    def render(self, items):
        return self.prefix() + self.sep.join(items)
    def prefix(self):
        return ""
class Csv(Template):
    sep = ","
class Labeled(Csv):
    def prefix(self):
        return "row: "
for t in (Template(), Csv(), Labeled()):
    print(type(t).__name__, t.render(["a", "b", "c"]))
