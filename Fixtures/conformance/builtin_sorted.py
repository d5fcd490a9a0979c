data = [5, 3, 8, 1, 9, 2]
print(sorted(data), sorted(data, reverse=True), data, sorted("hello"), sorted((3, 1, 2)), sorted({3: 0, 1: 0}))
print(sorted(["bb", "a", "ccc"], key=len), sorted(["bb", "a", "ccc"], key=len, reverse=True), sorted([-3, 2, -1], key=abs))
people = [("ann", 30), ("bob", 25), ("cy", 30), ("dee", 22)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted({"b", "a", "c"}), sorted(range(5, 0, -1)), sorted([]), sorted([[2, 1], [1, 2], [1]]))
print(sorted([3.5, 1, True, -2.25]), sorted(["B", "a", "C"]), sorted(["B", "a", "C"], key=str.lower))
print(sorted(x * x for x in range(-3, 4)))
