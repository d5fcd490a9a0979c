def squares(n):
    for i in range(n):
        yield i * i
print(sum(squares(10)), sum(squares(4), 100), max(squares(7)), min(squares(5)))
print(sorted(squares(5), reverse=True), list(squares(4)), tuple(squares(3)))
print(any(x > 50 for x in squares(10)), all(x < 50 for x in squares(10)), any(squares(0)), all(squares(0)))
print(list(enumerate(squares(3))), list(zip(squares(3), "abc")), list(map(str, squares(3))))
print(list(filter(None, squares(4))), dict(zip("abc", squares(3))), set(squares(3)))
print(list(reversed(list(squares(4)))), "".join(map(str, squares(4))), len(list(squares(100))))
def short_circuit():
    for i in range(10):
        print("yield", i)
        yield i
print(any(x == 2 for x in short_circuit()))
