# A binary-heap priority queue class (no heapq): push/pop/peek, stable ordering of equal
# priorities, decrease-key via lazy deletion, and a Dijkstra shortest-path run with it.
class PriorityQueue:
    REMOVED = "<removed>"

    def __init__(self):
        self.heap = []
        self.counter = 0
        self.entries = {}

    def __len__(self):
        return len(self.entries)

    def __bool__(self):
        return bool(self.entries)

    def _less(self, i, j):
        return self.heap[i][:2] < self.heap[j][:2]

    def _swap(self, i, j):
        self.heap[i], self.heap[j] = self.heap[j], self.heap[i]

    def _up(self, i):
        while i > 0:
            parent = (i - 1) // 2
            if self._less(i, parent):
                self._swap(i, parent)
                i = parent
            else:
                break

    def _down(self, i):
        n = len(self.heap)
        while True:
            smallest = i
            for child in (2 * i + 1, 2 * i + 2):
                if child < n and self._less(child, smallest):
                    smallest = child
            if smallest == i:
                return
            self._swap(i, smallest)
            i = smallest

    def push(self, item, priority):
        if item in self.entries:
            self.entries[item][2] = PriorityQueue.REMOVED
        entry = [priority, self.counter, item]
        self.counter += 1
        self.entries[item] = entry
        self.heap.append(entry)
        self._up(len(self.heap) - 1)

    def _pop_entry(self):
        last = self.heap.pop()
        if not self.heap:
            return last
        top, self.heap[0] = self.heap[0], last
        self._down(0)
        return top

    def pop(self):
        while self.heap:
            priority, _, item = self._pop_entry()
            if item is not PriorityQueue.REMOVED:
                del self.entries[item]
                return item, priority
        raise IndexError("pop from an empty priority queue")

    def peek(self):
        while self.heap and self.heap[0][2] is PriorityQueue.REMOVED:
            self._pop_entry()
        if not self.heap:
            raise IndexError("peek at an empty priority queue")
        return self.heap[0][2], self.heap[0][0]

    def __contains__(self, item):
        return item in self.entries

pq = PriorityQueue()
for name, pri in [("write", 3), ("read", 1), ("sleep", 5), ("eat", 2), ("code", 1), ("test", 3)]:
    pq.push(name, pri)
print(len(pq), pq.peek(), "eat" in pq)
pq.push("sleep", 0)  # reprioritize
out = []
while pq:
    out.append(pq.pop())
print(out)
try:
    pq.pop()
except IndexError as e:
    print("IndexError:", e)

# heap sort with many equal priorities stays stable through the counter
pq2 = PriorityQueue()
x = 99
for i in range(200):
    x = (x * 75 + 74) % 65537
    pq2.push("job%03d" % i, x % 7)
order = [pq2.pop() for _ in range(200)]
print(order[:6], order[-3:], all(order[i][1] <= order[i + 1][1] for i in range(199)))

class Graph:
    def __init__(self):
        self.adj = {}
    def edge(self, a, b, w):
        self.adj.setdefault(a, []).append((b, w))
        self.adj.setdefault(b, []).append((a, w))
        return self
    def dijkstra(self, src):
        dist = {src: 0}
        prev = {}
        pq = PriorityQueue()
        pq.push(src, 0)
        done = set()
        while pq:
            node, d = pq.pop()
            done.add(node)
            for nxt, w in self.adj.get(node, []):
                nd = d + w
                if nxt not in done and nd < dist.get(nxt, float("inf")):
                    dist[nxt] = nd
                    prev[nxt] = node
                    pq.push(nxt, nd)
        return dist, prev
    @staticmethod
    def path(prev, target):
        p = [target]
        while p[-1] in prev:
            p.append(prev[p[-1]])
        return p[::-1]

g = Graph()
for a, b, w in [("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15),
                ("C", "D", 11), ("C", "F", 2), ("D", "E", 6), ("E", "F", 9)]:
    g.edge(a, b, w)
dist, prev = g.dijkstra("A")
print(sorted(dist.items()), Graph.path(prev, "E"))
