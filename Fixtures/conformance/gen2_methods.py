# Generators as methods: __iter__ written as a generator, several iteration views per class.
class Playlist:
    def __init__(self, name, songs):
        self.name = name
        self.songs = list(songs)

    def __iter__(self):
        for s in self.songs:
            yield s

    def __reversed__(self):
        for i in range(len(self.songs) - 1, -1, -1):
            yield self.songs[i]

    def every(self, k):
        for i, s in enumerate(self.songs):
            if i % k == 0:
                yield s

    def pairs(self):
        for i in range(len(self.songs) - 1):
            yield self.songs[i], self.songs[i + 1]

    def numbered(self, start=1):
        n = start
        for s in self:
            yield "%d. %s" % (n, s)
            n += 1

    @classmethod
    def demo(cls):
        yield cls("demo", ["x", "y"])
        yield cls("empty", [])

    @staticmethod
    def countdown(n):
        while n:
            yield n
            n -= 1

p = Playlist("mix", ["intro", "verse", "chorus", "bridge", "outro"])
print(list(p), list(reversed(p)), list(p.every(2)))
print(list(p.pairs()))
for line in p.numbered():
    print(line)
print([(q.name, list(q)) for q in Playlist.demo()], list(Playlist.countdown(3)))
# each iteration of the object gets a fresh generator
it1, it2 = iter(p), iter(p)
print(next(it1), next(it1), next(it2), "verse" in p, len(list(p)))
# modification during iteration is seen by the generator
q = Playlist("grow", [1])
out = []
for s in q:
    out.append(s)
    if s < 5:
        q.songs.append(s + 1)
print(out)

class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = children
    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c
    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            yield from c.leaves()
t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6)))
print(list(t), list(t.leaves()), sum(t), max(t))
