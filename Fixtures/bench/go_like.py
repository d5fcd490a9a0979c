# Random playouts of the game of Go on a 9x9 board with classes (own code): squares know
# their neighbours, the board tracks stones, captures groups by flood fill, forbids suicide
# and simple ko, and scores finished games by area; many games are played with an LCG.
SIZE = 9
GAMES = 350
EMPTY, BLACK, WHITE = 0, 1, 2


class Rng:
    def __init__(self, seed):
        self.s = seed

    def below(self, n):
        self.s = (self.s * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
        return (self.s >> 33) % n


class Square:
    __slots__ = ("pos", "color", "neighbours")

    def __init__(self, pos):
        self.pos = pos
        self.color = EMPTY
        self.neighbours = []


class Board:
    def __init__(self, size):
        self.size = size
        self.squares = [Square(i) for i in range(size * size)]
        for sq in self.squares:
            r, c = divmod(sq.pos, size)
            for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
                rr, cc = r + dr, c + dc
                if 0 <= rr < size and 0 <= cc < size:
                    sq.neighbours.append(self.squares[rr * size + cc])
        self.reset()

    def reset(self):
        for sq in self.squares:
            sq.color = EMPTY
        self.ko = None
        self.captured = {BLACK: 0, WHITE: 0}
        self.moves = 0
        self.passes = 0

    def group(self, start):
        """Return (stones, has_liberty) of the group containing start."""
        color = start.color
        stones = [start]
        seen = {start.pos}
        liberty = False
        i = 0
        while i < len(stones):
            for n in stones[i].neighbours:
                if n.color == EMPTY:
                    liberty = True
                elif n.color == color and n.pos not in seen:
                    seen.add(n.pos)
                    stones.append(n)
            i += 1
        return stones, liberty

    def legal(self, sq, color):
        if sq.color != EMPTY or sq is self.ko:
            return False
        other = WHITE if color == BLACK else BLACK
        for n in sq.neighbours:
            if n.color == EMPTY:
                return True
        # no empty neighbour: legal only if it captures or connects to a group with liberties
        sq.color = color
        try:
            for n in sq.neighbours:
                if n.color == other and not self.group(n)[1]:
                    return True
            return self.group(sq)[1]
        finally:
            sq.color = EMPTY

    def play(self, sq, color):
        other = WHITE if color == BLACK else BLACK
        sq.color = color
        removed = []
        for n in sq.neighbours:
            if n.color == other:
                stones, liberty = self.group(n)
                if not liberty:
                    for s in stones:
                        s.color = EMPTY
                    removed.extend(stones)
        self.captured[color] += len(removed)
        # simple ko: a single stone captured by a single stone
        if len(removed) == 1 and all(n.color != color for n in sq.neighbours if n is not removed[0]) \
                and len(self.group(sq)[0]) == 1:
            self.ko = removed[0]
        else:
            self.ko = None
        self.moves += 1

    def own_eye(self, sq, color):
        return all(n.color == color for n in sq.neighbours)

    def random_move(self, color, rng):
        empties = [sq for sq in self.squares if sq.color == EMPTY]
        while empties:
            i = rng.below(len(empties))
            sq = empties[i]
            if not self.own_eye(sq, color) and self.legal(sq, color):
                return sq
            empties[i] = empties[-1]
            empties.pop()
        return None

    def score(self):
        counts = {BLACK: 0, WHITE: 0}
        for sq in self.squares:
            if sq.color != EMPTY:
                counts[sq.color] += 1
            else:
                around = {n.color for n in sq.neighbours}
                if around == {BLACK}:
                    counts[BLACK] += 1
                elif around == {WHITE}:
                    counts[WHITE] += 1
        return counts[BLACK], counts[WHITE]

    def picture(self):
        chars = ".XO"
        return ["".join(chars[self.squares[r * self.size + c].color] for c in range(self.size))
                for r in range(self.size)]


class Game:
    def __init__(self, board, rng, komi=7):
        self.board = board
        self.rng = rng
        self.komi = komi

    def playout(self, limit):
        b = self.board
        b.reset()
        color = BLACK
        while b.passes < 2 and b.moves < limit:
            sq = self.board.random_move(color, self.rng)
            if sq is None:
                b.passes += 1
                b.ko = None
            else:
                b.passes = 0
                b.play(sq, color)
            color = WHITE if color == BLACK else BLACK
        black, white = b.score()
        return black - white - self.komi


def main():
    board = Board(SIZE)
    game = Game(board, Rng(42))
    wins = {BLACK: 0, WHITE: 0}
    total_moves = total_captures = 0
    margin_sum = 0
    checksum = 0
    for g in range(GAMES):
        margin = game.playout(3 * SIZE * SIZE)
        wins[BLACK if margin > 0 else WHITE] += 1
        total_moves += board.moves
        total_captures += board.captured[BLACK] + board.captured[WHITE]
        margin_sum += margin
        for row in board.picture():
            for ch in row:
                checksum = (checksum * 3 + ".XO".index(ch)) % 1000000007
    print("black wins", wins[BLACK], "white wins", wins[WHITE], "margin sum", margin_sum)
    print("moves", total_moves, "captures", total_captures)
    print("\n".join(board.picture()))
    print("checksum", checksum)


main()
