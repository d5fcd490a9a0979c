# An LRU cache class built on a doubly linked list plus a dict: get/put/eviction order,
# statistics, __contains__/__len__/__iter__, and use as a function cache.
class _Entry:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None

class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head = _Entry()  # most recent after head
        self.tail = _Entry()  # least recent before tail
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, e):
        e.prev.next, e.next.prev = e.next, e.prev

    def _push_front(self, e):
        e.prev, e.next = self.head, self.head.next
        self.head.next.prev = e
        self.head.next = e

    def get(self, key, default=None):
        e = self.map.get(key)
        if e is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(e)
        self._push_front(e)
        return e.value

    def put(self, key, value):
        e = self.map.get(key)
        if e is not None:
            e.value = value
            self._unlink(e)
            self._push_front(e)
            return None
        if len(self.map) >= self.capacity:
            victim = self.tail.prev
            self._unlink(victim)
            del self.map[victim.key]
            self.evictions += 1
            evicted = victim.key
        else:
            evicted = None
        e = _Entry(key, value)
        self.map[key] = e
        self._push_front(e)
        return evicted

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def __iter__(self):
        e = self.head.next
        while e is not self.tail:
            yield e.key
            e = e.next

    def __repr__(self):
        return "LRU[" + ", ".join("%r:%r" % (k, self.map[k].value) for k in self) + "]"

    def stats(self):
        return {"hits": self.hits, "misses": self.misses, "evictions": self.evictions}

c = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    c.put(k, v)
print(c, len(c))
print(c.get("a"), c.put("d", 4), c)
print(c.get("b", "gone"), c.put("c", 30), c.put("e", 5), c)
print(list(c), "a" in c, "d" in c, c.stats())

def cached(capacity):
    def deco(fn):
        cache = LRUCache(capacity)
        def wrapper(n):
            v = cache.get(n, None)
            if v is None:
                v = fn(n)
                cache.put(n, v)
            return v
        wrapper.cache = cache
        return wrapper
    return deco

@cached(64)
def stairs(n):
    return 1 if n <= 1 else stairs(n - 1) + stairs(n - 2) + (stairs(n - 3) if n >= 3 else 0)
print(stairs(60), len(stairs.cache), stairs.cache.stats())

# a workload with a skewed access pattern
cache = LRUCache(25)
seed = 2024
for i in range(3000):
    seed = (seed * 214013 + 2531011) % 2 ** 32
    r = (seed >> 16) % 100
    key = r % 20 if r < 70 else r
    if cache.get(key) is None:
        cache.put(key, i)
print(cache.stats(), len(cache), sorted(cache)[:10])
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)
