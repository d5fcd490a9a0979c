# __getitem__ with slice objects: start/stop/step, slice.indices, returning the same class.
class Seq:
    def __init__(self, data):
        self.data = list(data)

    def __repr__(self):
        return "Seq(%r)" % self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if isinstance(key, slice):
            print("  slice", key.start, key.stop, key.step, "->", key.indices(len(self.data)))
            start, stop, step = key.indices(len(self.data))
            return Seq(self.data[i] for i in range(start, stop, step))
        return self.data[key]

    def __setitem__(self, key, value):
        if isinstance(key, slice):
            self.data[key] = value
        else:
            self.data[key] = value

    def __delitem__(self, key):
        del self.data[key]

s = Seq("abcdefgh")
print(s[2:5], s[::2], s[::-1], s[-3:], s[:100], s[5:2], s[1:-1:3])
print(s[3], s[-1], s[2:5][1])
s[1:3] = ["X", "Y", "Z"]
print(s)
s[::3] = "123"
print(s)
del s[::2]
print(s)
del s[0]
print(s, len(s))
# the slice object is passed unchanged and can be inspected directly
class Show:
    def __getitem__(self, key):
        return key
sh = Show()
print(sh[1:2], sh[:], sh[::3], sh[1:2, 3], sh[...], sh["a":"b"])
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(7))
print(slice(1, 2) == slice(1, 2), slice(3).stop, repr(slice(None, 5, None)))
