print("abc" == "abc", "abc" != "abd", "abc" < "abd", "abc" < "ab", "B" < "a", "" < "a", "Z" > "z")
print("apple" < "banana" < "cherry", "a" * 3 == "aaa", "é" > "z", "😀" > "é")
words = ["pear", "Apple", "banana", "apple", "Banana", "", "a"]
print(sorted(words), min(words), max(words))
print("ell" in "hello", "" in "abc", "xyz" in "abc", "a" not in "bcd", "lo w" in "hello world")
print("😀" in "smile 😀!", "ll" in "", "" in "")
try:
    print(1 in "abc")
except TypeError as e:
    print("TypeError:", e)
try:
    print("a" < 1)
except TypeError as e:
    print("TypeError:", e)
