# Uncaught AttributeError: deleting a property that has no deleter.
class Version:
    def __init__(self, major, minor):
        self._v = (major, minor)

    @property
    def text(self):
        return "%d.%d" % self._v

    @text.setter
    def text(self, s):
        a, b = s.split(".")
        self._v = (int(a), int(b))

v = Version(1, 2)
v.text = "3.11"
print(v.text, v._v)
del v.text
