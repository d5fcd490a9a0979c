# N-queens with generators (own code): a recursive generator yields every permutation,
# generator expressions filter the diagonal-safe ones; a Solver class yields solutions by
# backtracking through a generator method; symmetry classes are counted via a generator
# of the 8 board transformations.
PERM_N = 9
BACKTRACK_N = 11


def permutations(items):
    if len(items) <= 1:
        yield tuple(items)
        return
    for i in range(len(items)):
        head = items[i]
        rest = items[:i] + items[i + 1:]
        for tail in permutations(rest):
            yield (head,) + tail


def safe(perm):
    n = len(perm)
    return n == len(set(perm[i] + i for i in range(n))) == len(set(perm[i] - i for i in range(n)))


def by_permutations(n):
    return (p for p in permutations(list(range(n))) if safe(p))


class Solver:
    def __init__(self, n):
        self.n = n
        self.cols = [False] * n
        self.up = [False] * (2 * n)
        self.down = [False] * (2 * n)
        self.placed = []
        self.nodes = 0

    def free(self, row):
        n = self.n
        return (c for c in range(n) if not (self.cols[c] or self.up[row + c] or self.down[row - c + n]))

    def solutions(self, row=0):
        if row == self.n:
            yield tuple(self.placed)
            return
        n = self.n
        for c in self.free(row):
            self.nodes += 1
            self.cols[c] = self.up[row + c] = self.down[row - c + n] = True
            self.placed.append(c)
            yield from self.solutions(row + 1)
            self.placed.pop()
            self.cols[c] = self.up[row + c] = self.down[row - c + n] = False


def transforms(sol):
    n = len(sol)
    cells = [(r, c) for r, c in enumerate(sol)]
    for k in range(8):
        out = [0] * n
        for r, c in cells:
            for _ in range(k % 4):
                r, c = c, n - 1 - r
            if k >= 4:
                c = n - 1 - c
            out[r] = c
        yield tuple(out)


def canonical(sol):
    return min(transforms(sol))


def main():
    perm_solutions = list(by_permutations(PERM_N))
    print("permutation method n=%d:" % PERM_N, len(perm_solutions), "first", perm_solutions[0])
    distinct = {canonical(s) for s in perm_solutions}
    print("distinct up to symmetry:", len(distinct))
    for n in range(4, BACKTRACK_N + 1):
        solver = Solver(n)
        count = 0
        checksum = 0
        first = None
        for s in solver.solutions():
            if first is None:
                first = s
            count += 1
            checksum = (checksum * 131 + sum((i + 1) * c for i, c in enumerate(s))) % 1000000007
        print("n=%d solutions %d nodes %d first %s checksum %d" % (n, count, solver.nodes, first, checksum))
    agree = sorted(perm_solutions) == sorted(Solver(PERM_N).solutions())
    print("methods agree:", agree)


main()
