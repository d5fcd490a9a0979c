# Uncaught TypeError: subscripting an instance without __getitem__.
class Matrix:
    def __init__(self, rows):
        self.rows = rows

    def get(self, r, c):
        return self.rows[r][c]

m = Matrix([[1, 2], [3, 4]])
print(m.get(1, 0))
print(m[1][0])
