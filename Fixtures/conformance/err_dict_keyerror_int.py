squares = {n: n * n for n in range(3)}
print(squares)
print(squares[3])
