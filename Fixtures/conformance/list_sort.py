a = [5, 2, 9, 1, 5, 6, -3, 0]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "apple", "fig", "Date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)), sorted([3.5, 1, 2**70, -1.5, True]))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
pairs.sort()
print(pairs)
print(sorted([[3, 1], [1, 2], [1, 1], [2]]), sorted("hello"), sorted({3: 0, 1: 0, 2: 0}))
print(a.sort() is None, sorted([]), sorted([1]))
nums = list(range(20))
nums.sort(key=lambda n: n % 3)
print(nums)
