import XCTest

/// Containers (list, tuple, dict, set, frozenset, range, dict views) against CPython 3.11.
final class ContainerTests: XCTestCase {
    /// Random sequences of set operations on ints, strs, tuples and mixed values: every table (and so every iteration order) must be CPython's.
    func testSetIterationOrderMatchesCPythonAcrossOperations() throws {
        try assertSameAsCPython(#"""
        seed = 12345
        def rnd(n):
            global seed
            seed = (seed * 1103515245 + 12345) % 2147483648
            return seed % n
        def val(kind):
            r = rnd(100)
            if kind == 0: return r - 50
            if kind == 1: return "s" + str(r)
            if kind == 2: return (r % 7, "t" + str(r % 3))
            k = rnd(4)
            if k == 0: return r
            if k == 1: return "m" + str(r)
            if k == 2: return (r, r % 5)
            return r + 0.5
        for kind in range(4):
            for trial in range(30):
                a = set()
                b = set(val(kind) for _ in range(rnd(40)))
                ops = []
                for step in range(60):
                    op = rnd(14)
                    x = val(kind)
                    if op == 0: a.add(x)
                    elif op == 1: a.discard(x)
                    elif op == 2 and a: a.pop()
                    elif op == 3: a |= b
                    elif op == 4: a &= set(val(kind) for _ in range(30))
                    elif op == 5: a -= set(val(kind) for _ in range(10))
                    elif op == 6: a ^= set(val(kind) for _ in range(10))
                    elif op == 7: a = a | set([x, val(kind)])
                    elif op == 8: a = a & b if rnd(2) else b & a
                    elif op == 9: a = a - b if rnd(2) else b - a
                    elif op == 10: a = a ^ b
                    elif op == 11: a.update([val(kind) for _ in range(rnd(20))], b)
                    elif op == 12: a.difference_update([val(kind) for _ in range(rnd(20))])
                    else: a = a.union({x}).intersection(b, a) if rnd(3) == 0 else a.copy()
                    if step % 7 == 0: print(kind, trial, step, a)
                print(a, frozenset(a), hash(frozenset(a)) == hash(frozenset(list(a))), list(b), a <= b, a >= b, a == b, a.isdisjoint(b))
                c = a.symmetric_difference(b); print(c)
                c = a.difference(b, [1, "s1"]); print(c)
                c.symmetric_difference_update([val(kind) for _ in range(15)]); print(c)
                c.intersection_update(b, a | c); print(c)
                d = {val(kind): i for i in range(20)}
                print(a - d.keys(), set(d) ^ a, a.union(d), a.difference(d), d.keys() & a, d.keys() | a, d.keys() ^ a, d.keys() - a)
                print(set(d.items()) & d.items(), d.items() ^ {(1, 2)}, a.issubset(d), a.issuperset(list(a)[:3]))
        """#)
    }

    /// Large sets, deleted-slot reuse, pop's finger, frozenset keys, subclasses, self-operations.
    func testSetEdgeCases() throws {
        try assertSameAsCPython(#"""
        s = set(range(100))
        for i in range(0, 100, 3): s.discard(i)
        for i in range(200, 230): s.add(i)
        print(s)
        s = set()
        for i in range(60000): s.add(i * 7919 % 100003)
        t = list(s)
        print(len(s), t[:20], t[-20:])
        for i in range(0, 60000, 2): s.discard(i * 7919 % 100003)
        s.add(-5); s.add("x")
        t = list(s)
        print(len(s), t[:20], t[-20:])
        d = {str(i): i for i in range(50)}
        s = {"a", "b"}
        s.update(d)
        print(s)
        print(set(d), frozenset(d.values()), set(d.items()) == set(zip(d.keys(), d.values())))
        p = {1, 2, 3, 9, 17, 25}
        out = []
        while p:
            out.append(p.pop())
            if len(out) == 2: p.add(33); p.add(41)
        print(out)
        fs = {frozenset({1, 2}), frozenset({3}), frozenset()}
        print(fs, {1, 2} in fs, set() in fs, {5} in fs)
        fs.discard({3}); print(fs)
        try:
            fs.remove({9})
        except KeyError as e:
            print("KeyError", e)
        try:
            {1}.remove((1, 2))
        except KeyError as e:
            print("KeyError", e, repr(e))
        print({1: 2}.keys() == {1}, {1} == {1: 2}.keys(), {1: 2}.keys() < {1, 2}, {1, 2} > {1: 2}.keys(), {1: 2}.items() == {(1, 2)})
        print({1, 2}.isdisjoint([3]), {1}.issubset([1, 2]), frozenset({1}) | {2}, {2} | frozenset({1}), type(frozenset({1}).copy()))
        class S(set): pass
        x = S([3, 1, 2]); print(x, x | {9}, type(x | {9}), x.copy(), type(x.copy()))
        class F(frozenset): pass
        y = F([1]); print(y, type(y.copy()), y.union([2]), type(y.union([2])))
        a = {1, 2, 3}; a -= a; print(a)
        a = {1, 2, 3}; a ^= a; print(a)
        a = {1, 2, 3}; a &= a; print(a)
        a = {1, 2, 3}; a |= a; print(a)
        big = set(range(1000)); small = {5, 2000}
        print(small - big, big.difference(small) == set(range(1000)) - {5}, small & big, big & small)
        e = set(); print(e.pop() if e else "empty", set().union(), set().intersection(), set().difference())
        print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({"a"})) == hash(frozenset(["a"])))
        print(repr(set()), repr(frozenset()), repr(frozenset([1])), str({1, 2}))
        s = {1,2,3}
        try:
            for x in s: s.add(x + 10)
        except RuntimeError as e: print("RuntimeError", e)
        """#)
    }

    /// Timsort: the same number of __lt__ calls as CPython for many sizes and patterns, NaN orders, and the partially sorted list left by an exception.
    func testSortMatchesCPythonComparisonForComparison() throws {
        try assertSameAsCPython(#"""
        seed = 777
        def rnd(n):
            global seed
            seed = (seed * 1103515245 + 12345) % 2147483648
            return seed % n
        calls = 0
        class K:
            def __init__(self, v): self.v = v
            def __lt__(self, other):
                global calls
                calls += 1
                return self.v < other.v
            def __repr__(self): return "K%d" % self.v
        for n in [0, 1, 2, 3, 5, 10, 31, 63, 64, 65, 100, 130, 257, 500, 1000, 2500]:
            for pattern in range(6):
                if pattern == 0: l = [rnd(1000) for _ in range(n)]
                elif pattern == 1: l = list(range(n))
                elif pattern == 2: l = list(range(n, 0, -1))
                elif pattern == 3: l = [rnd(5) for _ in range(n)]
                elif pattern == 4: l = [i if rnd(10) else rnd(n + 1) for i in range(n)]
                else: l = [(i // 7) * (-1) ** i for i in range(n)]
                calls = 0
                ks = [K(x) for x in l]
                ks.sort()
                c1 = calls
                calls = 0
                ks2 = sorted([K(x) for x in l], reverse=True)
                print(n, pattern, c1, calls, [k.v for k in ks] == sorted(l), [k.v for k in ks2][:8])
                fl = [x / 3 if rnd(9) else float("nan") for x in l]
                fl.sort(); print(fl[:12])
                s = [str(x) for x in l]; s.sort(key=lambda t: t[-1:]); print(s[:12])
                t = [(x % 3, str(x)) for x in l]; t.sort(reverse=True); print(t[:6])
                m = l + ["x"] if n else ["x", 1]
                m = m[::-1] if pattern % 2 else m
                try:
                    m.sort()
                except TypeError as e:
                    print("TypeError", e, m[:10], m[-10:])
                cnt = [0]
                def badkey(v):
                    return K(v)
                class Bad:
                    def __init__(self, v): self.v = v
                    def __lt__(self, o):
                        cnt[0] += 1
                        if cnt[0] == 40: raise ValueError("boom")
                        return self.v < o.v
                    def __repr__(self): return str(self.v)
                b = [Bad(x) for x in l]
                try:
                    b.sort()
                except ValueError as e:
                    print("ValueError", e, b[:15], b[-15:])
        """#)
    }

    /// key=, reverse=, list modified during sort, sorted() errors.
    func testSortKeysReverseAndErrors() throws {
        try assertSameAsCPython(#"""
        l = [3, 1, 2]
        def k(x):
            l.append(x)
            return x
        try:
            l.sort(key=k)
        except ValueError as e:
            print("ValueError", e, l)
        l = [3, 1, 2]
        def k2(x):
            print(len(l), l)
            return -x
        l.sort(key=k2); print(l)
        l = [3, 1, 2]
        def k3(x):
            if x == 1: raise KeyError(x)
            return x
        try:
            l.sort(key=k3, reverse=True)
        except KeyError as e:
            print("KeyError", e, l)
        l = [5, 3, "a", 1]
        try:
            l.sort(reverse=True)
        except TypeError as e:
            print(e, l)
        print(sorted([3, 1, 2], reverse=1), sorted("hello"), sorted({3: 1, 1: 2}), sorted((1, 2.5, -3)))
        print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, "b"), (1, "a")]), sorted([True, 0, -1.5, 2]))
        print(sorted(["b", "A", "a"], key=None), sorted([1, 2, 3], key=lambda x: -x))
        try: sorted()
        except TypeError as e: print(e)
        try: sorted([1], [2])
        except TypeError as e: print(e)
        try: [1].sort(cmp=1)
        except TypeError as e: print(e)
        try: sorted([1, 2], key=lambda a, b: 0)
        except TypeError as e: print(e)
        try: sorted([1, None, 2])
        except TypeError as e: print(e)
        x = [float("nan"), 1.0, float("nan"), 0.5, -2.0]
        print(sorted(x), sorted(x, reverse=True))
        a = [1, 2]
        a.sort(key=lambda v: a.clear() or v)
        print(a)
        l = list(range(20)); l.sort(key=lambda v: v % 3); print(l)
        l = list(range(20)); l.sort(key=lambda v: v % 3, reverse=True); print(l)
        print(sorted([10**20, 5, -10**30, 2**60, 3.5]))
        """#)
    }

    /// dict methods, KeyError messages, views as sets, reversed(), |, |=.
    func testDictMethodsViewsAndErrors() throws {
        try assertSameAsCPython(#"""
        d = {}
        for i in range(20): d[i] = i * i
        for i in range(0, 20, 3): del d[i]
        print(d, d.popitem(), d.popitem(), d)
        d[100] = 1; d[2] = "x"; print(d, list(d.items())[-3:])
        print(d.get(4), d.get(99), d.get(99, "dflt"), d.setdefault(5, 0), d.setdefault(50), d)
        print(d.pop(4), d.pop(999, None))
        try: d.pop(999)
        except KeyError as e: print("KeyError", e)
        try: {}.popitem()
        except KeyError as e: print("KeyError", e)
        for k in [1, "a", (1, 2), (1,), None, 2.5, True, frozenset({1}), ("x", (1, 2))]:
            try: {}[k]
            except KeyError as e: print("KeyError", repr(e), str(e), e.args)
        e = dict(a=1, b=2); e.update({"c": 3}, d=4); e.update([("e", 5)]); e.update(f=6); print(e)
        print(dict([(1, 2), [3, 4]]), dict(zip("abc", range(3))), dict({1: 2}, x=3), dict.fromkeys("abc"), dict.fromkeys([1, 2], []))
        class D(dict): pass
        print(D.fromkeys([1, 2], 0), type(D.fromkeys([1])), type(D(a=1).copy()))
        a = {1: 1, 2: 2}; b = {2: 20, 3: 30}
        print(a | b, b | a, a == {2: 2, 1: 1}, a != b)
        a |= b; print(a); a |= [(9, 9)]; print(a)
        try: a | [(1, 2)]
        except TypeError as e: print(e)
        print(list(reversed(a)), list(reversed(a.keys())), list(reversed(a.values())), list(reversed(a.items())))
        k, v, it = a.keys(), a.values(), a.items()
        print(k, v, it, len(k), len(v), len(it), 9 in k, 9 in v, (9, 9) in it, (9, 8) in it, [9] in it, 3 in it)
        print(k & {1, 2}, {1, 2} & k, k | [5], [5] | k, k - [1], [1, 2] - k, k ^ [1, 77], it & {(1, 1)}, it | {(5, 5)})
        print(k == {1, 2, 3, 9}, k != {1}, k <= {1, 2, 3, 9, 10}, k.isdisjoint([100]), it.isdisjoint([(1, 1)]))
        try: v | {1}
        except TypeError as e: print(e)
        try:
            for x in a: a[x + 100] = 1
        except RuntimeError as e: print(e)
        try:
            for x in a.values(): a.pop(3)
        except RuntimeError as e: print(e)
        d = {"x": 1}
        del d["x"]
        try: del d["x"]
        except KeyError as e: print("KeyError", e)
        print(d, {}, {1: {2: [3, {4: 5}]}})
        r = {}; r[1] = r; print(r)
        l = []; l.append(l); print(l, [l, [l]])
        t = (l,); print(t)
        print({1: 2}.__contains__(1), {1: 2}.__getitem__(1), len({1: 2}.items()))
        try: {}.update(1)
        except TypeError as e: print(e)
        try: {}.update([1])
        except TypeError as e: print(e)
        try: {}.update([(1, 2, 3)])
        except ValueError as e: print(e)
        try: dict([[1]])
        except ValueError as e: print(e)
        print({1: 2}.items() ^ {2: 3}.items(), {1: 2, 3: 4}.items() ^ {1: 2, 3: 5}.items())
        """#)
    }

    /// list/tuple methods, slice assignment and deletion, comparisons, repeat.
    func testListAndTupleMethods() throws {
        try assertSameAsCPython(#"""
        l = [1, 2, 3]
        l.append(4); l.extend((5, 6)); l.extend(range(2)); l.insert(0, "a"); l.insert(-1, "b"); l.insert(100, "c"); l.insert(-100, "d")
        print(l, l.pop(), l.pop(0), l.pop(-2), l)
        try: [].pop()
        except IndexError as e: print(e)
        try: [1].pop(5)
        except IndexError as e: print(e)
        l.remove(3); print(l, l.index(4), l.index(1, 1), l.count(1), l.count(9))
        try: l.remove(99)
        except ValueError as e: print(e)
        for args in [(99,), ("x",), (1, 5), (1, -3, -1), ((1, 2),)]:
            try: print(l.index(*args))
            except ValueError as e: print(e)
        l.reverse(); print(l, l.copy(), l.copy() is l)
        c = l.copy(); c.clear(); print(c, l)
        a = [1, 2]; a += (3,); a += "xy"; a *= 2; print(a)
        b = a; b *= 0; print(a, b is a)
        print([1, 2] * 3, 2 * [0], [1] * -1, (1, 2) * 2, [[]] * 2)
        m = list(range(10))
        m[2:5] = ["a"]; print(m)
        m[::2] = [0] * len(m[::2]); print(m)
        del m[::3]; print(m)
        del m[1:3]; print(m)
        m[1:1] = m; print(m)
        m[-2:] = []; print(m)
        m[5:2] = [7, 7]; print(m)
        m[::-1] = list(range(len(m))); print(m)
        del m[-1]; print(m)
        try: m[::2] = [1]
        except ValueError as e: print(e)
        try: del m[100]
        except IndexError as e: print(e)
        try: m[100] = 1
        except IndexError as e: print(e)
        try: m[1:2] = 5
        except TypeError as e: print(e)
        print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] == [], [1, [2]] == [1, [2]], [1] != [1.0])
        try: [1, 2] < [1, "a"]
        except TypeError as e: print(e)
        print(3 in [1, 2, 3], "a" not in ["b"], (1, 2).count(1), (1, 2, 1).index(1, 1), tuple([1, 2]), tuple("ab"))
        try: (1, 2).index(5)
        except ValueError as e: print(e)
        print((1, 2) < (1, 2, 3), (1, "a") < (2, 1), hash((1, 2)) == hash((1, 2)), hash(()), hash((1, "a", (2.5, None))) == hash((1, "a", (2.5, None))))
        print((), (1,), (1, 2), ((),), list(()), list([1]), list({1: 2}), list("ab"), list(range(3)), list({3, 1}))
        print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed(range(5))), list(reversed(range(0, 10, 3))))
        x = [1, 2, 3]; it = reversed(x); x.pop(); print(list(it))
        print([].__len__(), [1, 2].__contains__(2), [5, 6].__getitem__(-1))
        print(float("nan") in [float("nan")], [float("nan")] == [float("nan")], (float("nan"),) == (float("nan"),), [float("nan")].count(float("nan")), [1.5] == [1.5])
        """#)
    }

    /// range indexing, slicing, membership, count/index, equality, hash.
    func testRanges() throws {
        try assertSameAsCPython(#"""
        r = range(0, 20, 3)
        print(r, len(r), r[2], r[-1], r[1:4], r[::-1], r[::2], r[5:1:-2], r[100:], range(10)[-3:], range(10, 0, -3)[1:])
        print(3 in r, 4 in r, 3.0 in r, True in range(2), "a" in r, 18 in r, 21 in r, -3 in r, 2**70 in r)
        print(r.index(6), r.count(6), r.count(7), r.count(6.0), range(5).index(True))
        try: r.index(7)
        except ValueError as e: print(e)
        try: r.index("x")
        except ValueError as e: print(e)
        try: r[100]
        except IndexError as e: print(e)
        print(range(0) == range(5, 2), range(1, 2) == range(1, 5, 10), hash(range(0, 10, 2)) == hash(range(0, 9, 2)), hash(range(3, 10)) == hash((7, 3, 1)))
        print(list(range(-5, 5, 4)), list(range(5, -5, -4)), range(5, -5, -4), bool(range(0)), bool(range(1)))
        print(range(2**40, 2**40 + 5)[2], len(range(-2**62, 2**62, 2**61)), list(range(-2**62, 2**62, 2**61)))
        try: range(1, 2, 0)
        except ValueError as e: print(e)
        try: range(1.5)
        except TypeError as e: print(e)
        """#)
    }

    /// Ranges with bounds beyond 64 bits (CPython has no limit; len() beyond sys.maxsize raises).
    func testBigRanges() throws {
        try assertSameAsCPython(#"""
        big = 10**20
        def show(f):
            try: print(f())
            except Exception as e: print(type(e).__name__, e)
        for r in [range(big, big + 3), range(-big), range(big), range(0, big, 7), range(big, -big, -big // 3), range(2**63 - 2, 2**63 + 2), range(-2**63, -2**63 + 3), range(5, big, big)]:
            print(r, r.start, r.stop, r.step, bool(r), big + 1 in r, 5 in r, r.count(big), r == r[:], hash(r) == hash(r[:]))
            for f in [lambda: r[0], lambda: r[-1], lambda: r[1:3], lambda: r[::-1][:2], lambda: r.index(r[1]), lambda: len(r), lambda: r[big // 2], lambda: r[::3], lambda: list(r[:4]), lambda: r[-big:]]:
                show(f)
            it = iter(r); show(lambda: next(it)); show(lambda: next(it))
        print(list(range(big, big + 3)), list(reversed(range(big, big + 3))), range(big, big + 3) == range(big, big + 3, 5))
        show(lambda: range(big, big + 3).index(4))
        print(range(2**62, 2**63 + 5, 2**62), len(range(-2**62, 2**62, 2**61)))
        for i in range(2**63 - 1, 2**63 + 2): print(i)
        """#)
    }

    /// Argument and error messages of container methods, constructors and operators.
    func testErrorMessages() throws {
        try assertSameAsCPython(#"""
        try:
            [].append()
            print('[].append()', "-> OK")
        except Exception as e:
            print('[].append()', "->", type(e).__name__, e)
        try:
            [].append(1,2)
            print('[].append(1,2)', "-> OK")
        except Exception as e:
            print('[].append(1,2)', "->", type(e).__name__, e)
        try:
            [].append(x=1)
            print('[].append(x=1)', "-> OK")
        except Exception as e:
            print('[].append(x=1)', "->", type(e).__name__, e)
        try:
            [].pop(1,2)
            print('[].pop(1,2)', "-> OK")
        except Exception as e:
            print('[].pop(1,2)', "->", type(e).__name__, e)
        try:
            [].pop(x=1)
            print('[].pop(x=1)', "-> OK")
        except Exception as e:
            print('[].pop(x=1)', "->", type(e).__name__, e)
        try:
            [].insert(1)
            print('[].insert(1)', "-> OK")
        except Exception as e:
            print('[].insert(1)', "->", type(e).__name__, e)
        try:
            [].index()
            print('[].index()', "-> OK")
        except Exception as e:
            print('[].index()', "->", type(e).__name__, e)
        try:
            [].copy(1)
            print('[].copy(1)', "-> OK")
        except Exception as e:
            print('[].copy(1)', "->", type(e).__name__, e)
        try:
            [].sort(1)
            print('[].sort(1)', "-> OK")
        except Exception as e:
            print('[].sort(1)', "->", type(e).__name__, e)
        try:
            [].sort(foo=1)
            print('[].sort(foo=1)', "-> OK")
        except Exception as e:
            print('[].sort(foo=1)', "->", type(e).__name__, e)
        try:
            [].count()
            print('[].count()', "-> OK")
        except Exception as e:
            print('[].count()', "->", type(e).__name__, e)
        try:
            [].remove()
            print('[].remove()', "-> OK")
        except Exception as e:
            print('[].remove()', "->", type(e).__name__, e)
        try:
            [].extend()
            print('[].extend()', "-> OK")
        except Exception as e:
            print('[].extend()', "->", type(e).__name__, e)
        try:
            [].reverse(1)
            print('[].reverse(1)', "-> OK")
        except Exception as e:
            print('[].reverse(1)', "->", type(e).__name__, e)
        try:
            [].clear(1)
            print('[].clear(1)', "-> OK")
        except Exception as e:
            print('[].clear(1)', "->", type(e).__name__, e)
        try:
            [1].index(1,2,3,4)
            print('[1].index(1,2,3,4)', "-> OK")
        except Exception as e:
            print('[1].index(1,2,3,4)', "->", type(e).__name__, e)
        try:
            [1].index('a', 'b')
            print("[1].index('a', 'b')", "-> OK")
        except Exception as e:
            print("[1].index('a', 'b')", "->", type(e).__name__, e)
        try:
            [].pop('a')
            print("[].pop('a')", "-> OK")
        except Exception as e:
            print("[].pop('a')", "->", type(e).__name__, e)
        try:
            [].insert('a', 1)
            print("[].insert('a', 1)", "-> OK")
        except Exception as e:
            print("[].insert('a', 1)", "->", type(e).__name__, e)
        try:
            {}.get()
            print('{}.get()', "-> OK")
        except Exception as e:
            print('{}.get()', "->", type(e).__name__, e)
        try:
            {}.get(1,2,3)
            print('{}.get(1,2,3)', "-> OK")
        except Exception as e:
            print('{}.get(1,2,3)', "->", type(e).__name__, e)
        try:
            {}.pop()
            print('{}.pop()', "-> OK")
        except Exception as e:
            print('{}.pop()', "->", type(e).__name__, e)
        try:
            {}.pop(1,2,3)
            print('{}.pop(1,2,3)', "-> OK")
        except Exception as e:
            print('{}.pop(1,2,3)', "->", type(e).__name__, e)
        try:
            {}.setdefault()
            print('{}.setdefault()', "-> OK")
        except Exception as e:
            print('{}.setdefault()', "->", type(e).__name__, e)
        try:
            {}.update(1,2)
            print('{}.update(1,2)', "-> OK")
        except Exception as e:
            print('{}.update(1,2)', "->", type(e).__name__, e)
        try:
            {}.update(1)
            print('{}.update(1)', "-> OK")
        except Exception as e:
            print('{}.update(1)', "->", type(e).__name__, e)
        try:
            {}.update([1])
            print('{}.update([1])', "-> OK")
        except Exception as e:
            print('{}.update([1])', "->", type(e).__name__, e)
        try:
            {}.update([(1,2,3)])
            print('{}.update([(1,2,3)])', "-> OK")
        except Exception as e:
            print('{}.update([(1,2,3)])', "->", type(e).__name__, e)
        try:
            {}.keys(1)
            print('{}.keys(1)', "-> OK")
        except Exception as e:
            print('{}.keys(1)', "->", type(e).__name__, e)
        try:
            {}.popitem(1)
            print('{}.popitem(1)', "-> OK")
        except Exception as e:
            print('{}.popitem(1)', "->", type(e).__name__, e)
        try:
            dict.fromkeys()
            print('dict.fromkeys()', "-> OK")
        except Exception as e:
            print('dict.fromkeys()', "->", type(e).__name__, e)
        try:
            {}.fromkeys(1)
            print('{}.fromkeys(1)', "-> OK")
        except Exception as e:
            print('{}.fromkeys(1)', "->", type(e).__name__, e)
        try:
            {}.get(x=1)
            print('{}.get(x=1)', "-> OK")
        except Exception as e:
            print('{}.get(x=1)', "->", type(e).__name__, e)
        try:
            set().add()
            print('set().add()', "-> OK")
        except Exception as e:
            print('set().add()', "->", type(e).__name__, e)
        try:
            set().add(1,2)
            print('set().add(1,2)', "-> OK")
        except Exception as e:
            print('set().add(1,2)', "->", type(e).__name__, e)
        try:
            set().update(1)
            print('set().update(1)', "-> OK")
        except Exception as e:
            print('set().update(1)', "->", type(e).__name__, e)
        try:
            set().union(1)
            print('set().union(1)', "-> OK")
        except Exception as e:
            print('set().union(1)', "->", type(e).__name__, e)
        try:
            set().pop(1)
            print('set().pop(1)', "-> OK")
        except Exception as e:
            print('set().pop(1)', "->", type(e).__name__, e)
        try:
            set().remove([])
            print('set().remove([])', "-> OK")
        except Exception as e:
            print('set().remove([])', "->", type(e).__name__, e)
        try:
            set().discard([])
            print('set().discard([])', "-> OK")
        except Exception as e:
            print('set().discard([])', "->", type(e).__name__, e)
        try:
            [] in set()
            print('[] in set()', "-> OK")
        except Exception as e:
            print('[] in set()', "->", type(e).__name__, e)
        try:
            set().issubset(1)
            print('set().issubset(1)', "-> OK")
        except Exception as e:
            print('set().issubset(1)', "->", type(e).__name__, e)
        try:
            set().isdisjoint(1)
            print('set().isdisjoint(1)', "-> OK")
        except Exception as e:
            print('set().isdisjoint(1)', "->", type(e).__name__, e)
        try:
            set().symmetric_difference()
            print('set().symmetric_difference()', "-> OK")
        except Exception as e:
            print('set().symmetric_difference()', "->", type(e).__name__, e)
        try:
            set().intersection(1)
            print('set().intersection(1)', "-> OK")
        except Exception as e:
            print('set().intersection(1)', "->", type(e).__name__, e)
        try:
            set().difference(1)
            print('set().difference(1)', "-> OK")
        except Exception as e:
            print('set().difference(1)', "->", type(e).__name__, e)
        try:
            set() | [1]
            print('set() | [1]', "-> OK")
        except Exception as e:
            print('set() | [1]', "->", type(e).__name__, e)
        try:
            set() < [1]
            print('set() < [1]', "-> OK")
        except Exception as e:
            print('set() < [1]', "->", type(e).__name__, e)
        try:
            set() <= 1
            print('set() <= 1', "-> OK")
        except Exception as e:
            print('set() <= 1', "->", type(e).__name__, e)
        try:
            frozenset() | 1
            print('frozenset() | 1', "-> OK")
        except Exception as e:
            print('frozenset() | 1', "->", type(e).__name__, e)
        try:
            set() & 'ab'
            print("set() & 'ab'", "-> OK")
        except Exception as e:
            print("set() & 'ab'", "->", type(e).__name__, e)
        try:
            set()-1
            print('set()-1', "-> OK")
        except Exception as e:
            print('set()-1', "->", type(e).__name__, e)
        try:
            set()^1
            print('set()^1', "-> OK")
        except Exception as e:
            print('set()^1', "->", type(e).__name__, e)
        try:
            set() + set()
            print('set() + set()', "-> OK")
        except Exception as e:
            print('set() + set()', "->", type(e).__name__, e)
        try:
            ().index(1)
            print('().index(1)', "-> OK")
        except Exception as e:
            print('().index(1)', "->", type(e).__name__, e)
        try:
            ().count()
            print('().count()', "-> OK")
        except Exception as e:
            print('().count()', "->", type(e).__name__, e)
        try:
            (1,).index(1, 'a')
            print("(1,).index(1, 'a')", "-> OK")
        except Exception as e:
            print("(1,).index(1, 'a')", "->", type(e).__name__, e)
        try:
            range(3).index(5)
            print('range(3).index(5)', "-> OK")
        except Exception as e:
            print('range(3).index(5)', "->", type(e).__name__, e)
        try:
            range(3).index('a')
            print("range(3).index('a')", "-> OK")
        except Exception as e:
            print("range(3).index('a')", "->", type(e).__name__, e)
        try:
            range(3).count()
            print('range(3).count()', "-> OK")
        except Exception as e:
            print('range(3).count()', "->", type(e).__name__, e)
        try:
            range(1,2,0)
            print('range(1,2,0)', "-> OK")
        except Exception as e:
            print('range(1,2,0)', "->", type(e).__name__, e)
        try:
            range()
            print('range()', "-> OK")
        except Exception as e:
            print('range()', "->", type(e).__name__, e)
        try:
            range(1,2,3,4)
            print('range(1,2,3,4)', "-> OK")
        except Exception as e:
            print('range(1,2,3,4)', "->", type(e).__name__, e)
        try:
            range('a')
            print("range('a')", "-> OK")
        except Exception as e:
            print("range('a')", "->", type(e).__name__, e)
        try:
            range(1.5)
            print('range(1.5)', "-> OK")
        except Exception as e:
            print('range(1.5)', "->", type(e).__name__, e)
        try:
            sorted()
            print('sorted()', "-> OK")
        except Exception as e:
            print('sorted()', "->", type(e).__name__, e)
        try:
            sorted([], 1)
            print('sorted([], 1)', "-> OK")
        except Exception as e:
            print('sorted([], 1)', "->", type(e).__name__, e)
        try:
            sorted([], foo=1)
            print('sorted([], foo=1)', "-> OK")
        except Exception as e:
            print('sorted([], foo=1)', "->", type(e).__name__, e)
        try:
            sorted(1)
            print('sorted(1)', "-> OK")
        except Exception as e:
            print('sorted(1)', "->", type(e).__name__, e)
        try:
            list(1)
            print('list(1)', "-> OK")
        except Exception as e:
            print('list(1)', "->", type(e).__name__, e)
        try:
            list(1,2)
            print('list(1,2)', "-> OK")
        except Exception as e:
            print('list(1,2)', "->", type(e).__name__, e)
        try:
            list(x=1)
            print('list(x=1)', "-> OK")
        except Exception as e:
            print('list(x=1)', "->", type(e).__name__, e)
        try:
            tuple(1)
            print('tuple(1)', "-> OK")
        except Exception as e:
            print('tuple(1)', "->", type(e).__name__, e)
        try:
            dict(1)
            print('dict(1)', "-> OK")
        except Exception as e:
            print('dict(1)', "->", type(e).__name__, e)
        try:
            dict([1])
            print('dict([1])', "-> OK")
        except Exception as e:
            print('dict([1])', "->", type(e).__name__, e)
        try:
            dict([[1,2,3]])
            print('dict([[1,2,3]])', "-> OK")
        except Exception as e:
            print('dict([[1,2,3]])', "->", type(e).__name__, e)
        try:
            dict(1,2)
            print('dict(1,2)', "-> OK")
        except Exception as e:
            print('dict(1,2)', "->", type(e).__name__, e)
        try:
            set(1)
            print('set(1)', "-> OK")
        except Exception as e:
            print('set(1)', "->", type(e).__name__, e)
        try:
            set(1,2)
            print('set(1,2)', "-> OK")
        except Exception as e:
            print('set(1,2)', "->", type(e).__name__, e)
        try:
            frozenset(1)
            print('frozenset(1)', "-> OK")
        except Exception as e:
            print('frozenset(1)', "->", type(e).__name__, e)
        try:
            set(x=1)
            print('set(x=1)', "-> OK")
        except Exception as e:
            print('set(x=1)', "->", type(e).__name__, e)
        try:
            frozenset(x=1)
            print('frozenset(x=1)', "-> OK")
        except Exception as e:
            print('frozenset(x=1)', "->", type(e).__name__, e)
        try:
            tuple(x=1)
            print('tuple(x=1)', "-> OK")
        except Exception as e:
            print('tuple(x=1)', "->", type(e).__name__, e)
        try:
            {}[[1]]
            print('{}[[1]]', "-> OK")
        except Exception as e:
            print('{}[[1]]', "->", type(e).__name__, e)
        try:
            {[1]: 2}
            print('{[1]: 2}', "-> OK")
        except Exception as e:
            print('{[1]: 2}', "->", type(e).__name__, e)
        try:
            {}.get([])
            print('{}.get([])', "-> OK")
        except Exception as e:
            print('{}.get([])', "->", type(e).__name__, e)
        try:
            [].sort(key=1)
            print('[].sort(key=1)', "-> OK")
        except Exception as e:
            print('[].sort(key=1)', "->", type(e).__name__, e)
        try:
            sorted([2,1], key=1)
            print('sorted([2,1], key=1)', "-> OK")
        except Exception as e:
            print('sorted([2,1], key=1)', "->", type(e).__name__, e)
        try:
            [1,2].sort(reverse='a')
            print("[1,2].sort(reverse='a')", "-> OK")
        except Exception as e:
            print("[1,2].sort(reverse='a')", "->", type(e).__name__, e)
        try:
            [1,2].sort(reverse=None)
            print('[1,2].sort(reverse=None)', "-> OK")
        except Exception as e:
            print('[1,2].sort(reverse=None)', "->", type(e).__name__, e)
        try:
            reversed({1})
            print('reversed({1})', "-> OK")
        except Exception as e:
            print('reversed({1})', "->", type(e).__name__, e)
        try:
            reversed(1)
            print('reversed(1)', "-> OK")
        except Exception as e:
            print('reversed(1)', "->", type(e).__name__, e)
        try:
            [1,2,3][1:2:0]
            print('[1,2,3][1:2:0]', "-> OK")
        except Exception as e:
            print('[1,2,3][1:2:0]', "->", type(e).__name__, e)
        try:
            range(3)[1:2:0]
            print('range(3)[1:2:0]', "-> OK")
        except Exception as e:
            print('range(3)[1:2:0]', "->", type(e).__name__, e)
        try:
            range(3)['a']
            print("range(3)['a']", "-> OK")
        except Exception as e:
            print("range(3)['a']", "->", type(e).__name__, e)
        try:
            range(3)[5]
            print('range(3)[5]', "-> OK")
        except Exception as e:
            print('range(3)[5]', "->", type(e).__name__, e)
        try:
            [][5]
            print('[][5]', "-> OK")
        except Exception as e:
            print('[][5]', "->", type(e).__name__, e)
        try:
            ()[5]
            print('()[5]', "-> OK")
        except Exception as e:
            print('()[5]', "->", type(e).__name__, e)
        try:
            [].__getitem__()
            print('[].__getitem__()', "-> OK")
        except Exception as e:
            print('[].__getitem__()', "->", type(e).__name__, e)
        try:
            {}.__getitem__(1)
            print('{}.__getitem__(1)', "-> OK")
        except Exception as e:
            print('{}.__getitem__(1)', "->", type(e).__name__, e)
        try:
            [1,2] < [1,'a']
            print("[1,2] < [1,'a']", "-> OK")
        except Exception as e:
            print("[1,2] < [1,'a']", "->", type(e).__name__, e)
        try:
            [1] < 1
            print('[1] < 1', "-> OK")
        except Exception as e:
            print('[1] < 1', "->", type(e).__name__, e)
        try:
            (1,) < (2,'a')
            print("(1,) < (2,'a') ", "-> OK")
        except Exception as e:
            print("(1,) < (2,'a') ", "->", type(e).__name__, e)
        try:
            {} < {}
            print('{} < {}', "-> OK")
        except Exception as e:
            print('{} < {}', "->", type(e).__name__, e)
        try:
            {1:2}.items() < 1
            print('{1:2}.items() < 1', "-> OK")
        except Exception as e:
            print('{1:2}.items() < 1', "->", type(e).__name__, e)
        try:
            {}.keys() & 1
            print('{}.keys() & 1', "-> OK")
        except Exception as e:
            print('{}.keys() & 1', "->", type(e).__name__, e)
        try:
            {}.keys() | 1
            print('{}.keys() | 1', "-> OK")
        except Exception as e:
            print('{}.keys() | 1', "->", type(e).__name__, e)
        try:
            {}.values() | {}
            print('{}.values() | {}', "-> OK")
        except Exception as e:
            print('{}.values() | {}', "->", type(e).__name__, e)
        try:
            {}.keys() + 1
            print('{}.keys() + 1', "-> OK")
        except Exception as e:
            print('{}.keys() + 1', "->", type(e).__name__, e)
        try:
            [1]*'a'
            print("[1]*'a'", "-> OK")
        except Exception as e:
            print("[1]*'a'", "->", type(e).__name__, e)
        try:
            [1]*1.5
            print('[1]*1.5', "-> OK")
        except Exception as e:
            print('[1]*1.5', "->", type(e).__name__, e)
        try:
            (1,)*'a'
            print("(1,)*'a'", "-> OK")
        except Exception as e:
            print("(1,)*'a'", "->", type(e).__name__, e)
        try:
            [].index(1)
            print('[].index(1)', "-> OK")
        except Exception as e:
            print('[].index(1)', "->", type(e).__name__, e)
        try:
            [].remove(1)
            print('[].remove(1)', "-> OK")
        except Exception as e:
            print('[].remove(1)', "->", type(e).__name__, e)
        try:
            [1,2].index(3, 0, 1)
            print('[1,2].index(3, 0, 1)', "-> OK")
        except Exception as e:
            print('[1,2].index(3, 0, 1)', "->", type(e).__name__, e)
        try:
            (1,2).index(3)
            print('(1,2).index(3)', "-> OK")
        except Exception as e:
            print('(1,2).index(3)', "->", type(e).__name__, e)
        try:
            range(3).index(True)
            print('range(3).index(True)', "-> OK")
        except Exception as e:
            print('range(3).index(True)', "->", type(e).__name__, e)
        try:
            hash([])
            print('hash([])', "-> OK")
        except Exception as e:
            print('hash([])', "->", type(e).__name__, e)
        try:
            hash({})
            print('hash({})', "-> OK")
        except Exception as e:
            print('hash({})', "->", type(e).__name__, e)
        try:
            hash(set())
            print('hash(set())', "-> OK")
        except Exception as e:
            print('hash(set())', "->", type(e).__name__, e)
        try:
            hash((1,[]))
            print('hash((1,[]))', "-> OK")
        except Exception as e:
            print('hash((1,[]))', "->", type(e).__name__, e)
        try:
            frozenset([[]])
            print('frozenset([[]])', "-> OK")
        except Exception as e:
            print('frozenset([[]])', "->", type(e).__name__, e)
        try:
            {}.fromkeys([[]])
            print('{}.fromkeys([[]])', "-> OK")
        except Exception as e:
            print('{}.fromkeys([[]])', "->", type(e).__name__, e)
        try:
            dict.fromkeys(1)
            print('dict.fromkeys(1)', "-> OK")
        except Exception as e:
            print('dict.fromkeys(1)', "->", type(e).__name__, e)
        try:
            dict({1:2}, 3)
            print('dict({1:2}, 3)', "-> OK")
        except Exception as e:
            print('dict({1:2}, 3)', "->", type(e).__name__, e)
        try:
            {}.__contains__()
            print('{}.__contains__()', "-> OK")
        except Exception as e:
            print('{}.__contains__()', "->", type(e).__name__, e)
        try:
            [].__contains__(1,2)
            print('[].__contains__(1,2)', "-> OK")
        except Exception as e:
            print('[].__contains__(1,2)', "->", type(e).__name__, e)
        try:
            {}.popitem()
            print('{}.popitem()', "-> OK")
        except Exception as e:
            print('{}.popitem()', "->", type(e).__name__, e)
        try:
            set().pop()
            print('set().pop()', "-> OK")
        except Exception as e:
            print('set().pop()', "->", type(e).__name__, e)
        try:
            [].pop()
            print('[].pop()', "-> OK")
        except Exception as e:
            print('[].pop()', "->", type(e).__name__, e)
        try:
            [1].pop(5)
            print('[1].pop(5)', "-> OK")
        except Exception as e:
            print('[1].pop(5)', "->", type(e).__name__, e)
        try:
            set().__contains__([])
            print('set().__contains__([])', "-> OK")
        except Exception as e:
            print('set().__contains__([])', "->", type(e).__name__, e)
        try:
            [] in {}
            print('[] in {}', "-> OK")
        except Exception as e:
            print('[] in {}', "->", type(e).__name__, e)
        try:
            {}.setdefault([])
            print('{}.setdefault([])', "-> OK")
        except Exception as e:
            print('{}.setdefault([])', "->", type(e).__name__, e)
        try:
            {}.pop([])
            print('{}.pop([])', "-> OK")
        except Exception as e:
            print('{}.pop([])', "->", type(e).__name__, e)
        try:
            {}.pop([], 1)
            print('{}.pop([], 1)', "-> OK")
        except Exception as e:
            print('{}.pop([], 1)', "->", type(e).__name__, e)
        try:
            a=[]
            a[1:3:2]=[1]
            print('a=[];a[1:3:2]=[1]', "-> OK")
        except Exception as e:
            print('a=[];a[1:3:2]=[1]', "->", type(e).__name__, e)
        try:
            a=[1,2,3,4]
            a[::2]=[1]
            print('a=[1,2,3,4];a[::2]=[1]', "-> OK")
        except Exception as e:
            print('a=[1,2,3,4];a[::2]=[1]', "->", type(e).__name__, e)
        try:
            a=[1]
            a[0:1]=1
            print('a=[1];a[0:1]=1', "-> OK")
        except Exception as e:
            print('a=[1];a[0:1]=1', "->", type(e).__name__, e)
        try:
            a=[1]
            del a[5]
            print('a=[1];del a[5]', "-> OK")
        except Exception as e:
            print('a=[1];del a[5]', "->", type(e).__name__, e)
        try:
            a=[1]
            a[5]=1
            print('a=[1];a[5]=1', "-> OK")
        except Exception as e:
            print('a=[1];a[5]=1', "->", type(e).__name__, e)
        try:
            a=[]
            a['x']=1
            print("a=[];a['x']=1", "-> OK")
        except Exception as e:
            print("a=[];a['x']=1", "->", type(e).__name__, e)
        try:
            a=()
            a[0]=1
            print('a=();a[0]=1', "-> OK")
        except Exception as e:
            print('a=();a[0]=1', "->", type(e).__name__, e)
        try:
            a=()
            del a[0]
            print('a=();del a[0]', "-> OK")
        except Exception as e:
            print('a=();del a[0]', "->", type(e).__name__, e)
        try:
            a={}
            del a[1]
            print('a={};del a[1]', "-> OK")
        except Exception as e:
            print('a={};del a[1]', "->", type(e).__name__, e)
        """#)
    }

    /// Sorting tuples (the specialized tuple order) with ints, floats and NaN, strs, None, user __eq__.
    func testSortTuples() throws {
        try assertSameAsCPython(#"""
        seed = 99
        def rnd(n):
            global seed
            seed = (seed * 1103515245 + 12345) % 2147483648
            return seed % n
        def item(k):
            r = rnd(6)
            if k == 0: return (r, "s" + str(rnd(3)))
            if k == 1: return (r / 2, r) if rnd(5) else (float("nan"), r)
            if k == 2: return (("n", r % 2), r, str(r))
            if k == 3: return (r,) * rnd(3)
            if k == 4: return (r, True) if rnd(2) else (r, 1)
            return (r, "x") if rnd(20) else (r, None)
        for k in range(6):
            for n in [5, 40, 100, 300]:
                l = [item(k) for _ in range(n)]
                try:
                    l.sort()
                    print(k, n, l[:8], l[-4:])
                except TypeError as e:
                    print(k, n, "TypeError", e, l[:6])
                m = sorted(l, reverse=True)
                print(m[:5])
        class E:
            calls = 0
            def __init__(self, v): self.v = v
            def __eq__(self, o):
                E.calls += 1
                return self.v == o.v
            def __lt__(self, o):
                return self.v < o.v
            def __repr__(self): return "E(%d)" % self.v
        l = [(E(rnd(4)), i % 3) for i in range(60)]
        l.sort()
        print(E.calls, l[:10])
        """#)
    }

    /// Subclasses of list, dict, set, tuple: __init__ through super(), __missing__, overrides.
    func testSubclasses() throws {
        try assertSameAsCPython(#"""
        class L(list):
            def __init__(self, x):
                super().__init__(x)
        l = L([3, 1])
        l.append(2)
        print(l, len(l), type(l).__name__, sorted(l), l + [9], type(l + [9]).__name__)
        class D(dict):
            def __init__(self, *a, **k):
                super().__init__(*a, **k)
        d = D({"a": 1}, b=2)
        print(d, d["a"], len(d))
        class Dm(dict):
            def __missing__(self, k): return k * 2
        print(Dm()["ab"], Dm(x=1).get("y"))
        class S(set):
            def __init__(self, it):
                super().__init__(it)
        s = S([1, 2, 2]); s.add(5)
        print(s, len(s), 2 in s)
        class T(tuple): pass
        t = T([1, 2]); print(t, t.count(1), t[0], type(t[:1]).__name__)
        class L2(list):
            def __getitem__(self, i): return list.__getitem__(self, i) * 10
        print(L2([1, 2])[1])
        class L3(list):
            def append(self, x): super().append(x * 2)
        q = L3(); q.append(4); print(q)
        """#)
    }

    /// dict copies and merges into empty dicts do not call __eq__; equality survives mutation.
    func testDictCopyAndEqualityCallSequence() throws {
        try assertSameAsCPython(#"""
        class K:
            def __init__(self, v, h): self.v = v; self.h = h
            def __hash__(self): return self.h
            def __eq__(self, o):
                print("eq", self.v, o.v)
                return self.v == o.v
            def __repr__(self): return "K(" + str(self.v) + ")"
        d = {K(1, 5): "a", K(2, 5): "b", K(3, 13): "c"}
        print("copy")
        c = d.copy()
        print(c)
        print("equal")
        print(c == d, dict(d) == d)
        e = {}
        for i in range(100): e[i] = i
        for i in range(90): del e[i]
        f = e.copy(); f[1000] = 1; print(f, len(f))
        class Mut:
            def __eq__(self, o):
                g.clear()
                return False
            def __hash__(self): return 1
        g = {Mut(): 1, 2: 3}
        h = {Mut(): 1, 2: 3}
        print(g == h, g)
        """#)
    }

    /// Containers in displays, unpacking, comprehensions, constructors fed by failing generators.
    func testMixedContainerPrograms() throws {
        try assertSameAsCPython(#"""
        a = {"x": 1, "y": 2}; b = {"y": 3, "z": 4}
        print({**a, **b}, [*a, *b], (*a.values(), *b), {*a, *b} == {"x", "y", "z"})
        print(sorted(b.items(), key=lambda kv: -kv[1]), dict(enumerate("ab")), tuple(x * 2 for x in range(3)), set(x % 3 for x in range(10)))
        def gen():
            yield 1
            yield 2
            raise ValueError("mid")
        for ctor in (list, tuple, set, frozenset, sorted):
            try: ctor(gen())
            except ValueError as e: print(ctor.__name__, e)
        try: dict([(1, 2), (3, 4, 5)])
        except ValueError as e: print(e)
        m = [[0] * 3 for _ in range(3)]
        m[1][2] = 5; print(m, [row[::-1] for row in m][::-1])
        print(list(zip(*m)), [list(r) for r in zip(*m)])
        s = "hello"; print(sorted(set(s)), list(reversed(s)), [c for c in s if c in "lo"])
        d = dict.fromkeys(range(5), 0)
        for k in list(d): d[k] += k * k
        print(d, list(d.items())[1:3], max(d) if False else None)
        x = [3, 1, 2]; y = x; x += [4]; print(y); x = x + [5]; print(y, x)
        t = (1, [2]); t[1].append(3); print(t)
        try: t[1] += [4]
        except TypeError as e: print(e, t)
        print([] or [0], () and 1, {} == dict(), set() == frozenset(), [0] * 0, [[1]] * 2 == [[1], [1]])
        print(list(range(10))[-3:], list(range(10))[::3], list(range(10))[8:2:-2], (1, 2, 3)[::-1], "abc"[::-1])
        st = [1, 2, 3]; st[1:2] = []; print(st); st[:0] = [0]; print(st); st[len(st):] = [9]; print(st)
        print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), {frozenset([1]): 1}[frozenset([1])])
        print(len({i: i for i in range(1000)}), sum(1 for _ in {i for i in range(1000)}) if False else "")
        print({True: "a", 1: "b", 1.0: "c"}, {0: 1, False: 2}, [1, True, 1.0].count(1), [1, 2, 3].index(2.0))
        """#)
    }

    /// Mutation during iteration of dicts, views and sets.
    func testMutationDuringIteration() throws {
        try assertSameAsCPython(#"""
        d = {1: 1, 2: 2, 3: 3}
        try:
            for k in d:
                del d[k]
                d[k + 100] = 1
                print(k)
        except RuntimeError as e:
            print(e, d)
        d = {1: 1, 2: 2}
        try:
            for k in d.items():
                d[5] = 5
        except RuntimeError as e:
            print(e)
        try:
            for k in d.values():
                d.pop(5)
        except RuntimeError as e:
            print(e)
        d = {i: i for i in range(5)}
        for k in d:
            d[k] = k * 10
        print(d)
        it = iter(d); next(it); d.clear()
        try: next(it)
        except RuntimeError as e: print(e)
        try: next(it)
        except (RuntimeError, StopIteration) as e: print(type(e).__name__, e)
        s = {1, 2}
        it = iter(s); next(it); s.add(9)
        try: next(it)
        except RuntimeError as e: print(e)
        try: next(it)
        except (RuntimeError, StopIteration) as e: print(type(e).__name__, e)
        """#)
    }

    /// tuple/frozenset __new__ through super(); subclass instances compare as their bases.
    func testImmutableNewAndSubclassComparisons() throws {
        try assertSameAsCPython(#"""
        class P(tuple):
            def __new__(cls, x, y):
                return super().__new__(cls, (x, y))
            def norm(self): return self[0] * self[0] + self[1] * self[1]
        p = P(3, 4)
        print(p, p.norm(), type(p).__name__, p == (3, 4), len(p))
        class F(frozenset):
            def __new__(cls, *items):
                return super().__new__(cls, items)
        f = F(1, 2, 2)
        print(f, len(f), 1 in f)
        class L(list):
            def __new__(cls, *a):
                return super().__new__(cls)
        print(tuple.__new__(tuple, [1, 2]))
        class T(tuple): pass
        t = T(); u = T([1]); print(t, u, type(t).__name__, () == t, type(()).__name__, T("ab"), T((1, 2)) == (1, 2))
        class G(frozenset): pass
        print(G(), G([1]), type(G([1]) | {2}).__name__, frozenset.__new__(frozenset, [3]))
        class Pt(tuple):
            def __new__(cls, x=0, y=0):
                self = super().__new__(cls, (x, y))
                return self
            def __repr__(self): return "Pt(" + str(self[0]) + ", " + str(self[1]) + ")"
        print(Pt(), Pt(1, 2), sorted([Pt(2, 1), Pt(1, 5)]), {Pt(1, 1): 1}[(1, 1)])
        try: tuple.__new__(list)
        except TypeError as e: print(e)
        """#)
    }

    /// Comparisons between subclasses of built-in containers.
    func testSubclassComparisons() throws {
        try assertSameAsCPython(#"""
        class L(list): pass
        class T(tuple): pass
        class D(dict): pass
        class S(set): pass
        print(L([1]) == [1], [1] == L([1]), L([1, 2]) < L([1, 3]), T((1,)) == (1,), T((1,)) < T((2,)), D(a=1) == {"a": 1}, S([1]) == {1}, S([1]) <= S([1, 2]), L() == L())
        print(sorted([T((2, 1)), T((1, 2))]), L([1]) != L([2]), D() != D(), T() == ())
        """#)
    }

    /// Which operations hash keys again and which reuse the stored hashes.
    func testStoredHashesAreReused() throws {
        try assertSameAsCPython(#"""
        class H:
            def __init__(self, v): self.v = v
            def __hash__(self):
                print("hash", self.v)
                return self.v
            def __eq__(self, o): return self.v == o.v
            def __repr__(self): return "H" + str(self.v)
        src = {H(1): 0, H(2): 0}
        print("fromkeys dict")
        print(dict.fromkeys(src, 5))
        print("fromkeys set")
        s = {H(3)}
        print(dict.fromkeys(s))
        print("fromkeys list")
        print(dict.fromkeys([H(4)]))
        print("set from dict")
        print(set(src), frozenset(src))
        print("dict from dict")
        print(dict(src), {**src})
        print("update")
        d = {}; d.update(src); print(d)
        """#)
    }
}
