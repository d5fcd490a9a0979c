# Counts N-queens solutions by backtracking with column/diagonal occupancy lists.
N = 12

def solve(n):
    cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)
    placement = [0] * n
    count = 0
    first = None
    def place(row):
        nonlocal count, first
        if row == n:
            count += 1
            if first is None:
                first = placement[:]
            return
        for c in range(n):
            if not cols[c] and not diag1[row + c] and not diag2[row - c + n]:
                cols[c] = diag1[row + c] = diag2[row - c + n] = True
                placement[row] = c
                place(row + 1)
                cols[c] = diag1[row + c] = diag2[row - c + n] = False
    place(0)
    return count, first

def solve_perm(n):
    # Second method: generate permutations recursively and filter diagonals.
    total = 0
    def rec(prefix, remaining):
        nonlocal total
        row = len(prefix)
        if not remaining:
            total += 1
            return
        for c in remaining:
            ok = True
            for r, pc in enumerate(prefix):
                if row - r == c - pc or row - r == pc - c:
                    ok = False
                    break
            if ok:
                prefix.append(c)
                rec(prefix, [x for x in remaining if x != c])
                prefix.pop()
    rec([], list(range(n)))
    return total

for n in range(4, N + 1):
    count, first = solve(n)
    print(n, count, first)
print("perm method:", solve_perm(N - 1))
print("recount:", solve(N)[0] + solve(N - 1)[0])
