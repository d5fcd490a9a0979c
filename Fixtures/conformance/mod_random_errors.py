import random

random.seed(3)
R = random.Random
calls = [
    (lambda: R(a=5), "R(a=5)"), (lambda: random.randint(1), "randint(1)"), (lambda: random.randrange(), "randrange()"),
    (lambda: random.randrange(0), "randrange(0)"), (lambda: random.randrange(5, None, 2), "randrange(5, None, 2)"),
    (lambda: random.randrange(1, 1), "randrange(1, 1)"), (lambda: random.randrange(1, 10, 0), "randrange(1, 10, 0)"),
    (lambda: random.randrange(10, 1, 1), "randrange(10, 1, 1)"), (lambda: random.randrange(10, 1, 2), "randrange(10, 1, 2)"),
    (lambda: random.randrange("a"), "randrange('a')"), (lambda: random.choice([]), "choice([])"),
    (lambda: random.sample({1, 2}, 1), "sample(set)"), (lambda: random.sample([1, 2], 3), "sample(3)"),
    (lambda: random.sample([1, 2], -1), "sample(-1)"), (lambda: random.sample([1, 2], 1.5), "sample(1.5)"),
    (lambda: random.choices([1, 2], 5), "choices(5)"), (lambda: random.choices([1, 2], [1], k=2), "choices(weights)"),
    (lambda: random.choices([1, 2], [1, 1], cum_weights=[1, 2]), "choices(both)"),
    (lambda: random.choices([1, 2], [0, 0]), "choices(zero)"), (lambda: random.getrandbits(-1), "getrandbits(-1)"),
    (lambda: random.getrandbits(1.5), "getrandbits(1.5)"), (lambda: random.random(1), "random(1)"),
    (lambda: random.seed([1]), "seed([1])"), (lambda: random.expovariate(0), "expovariate(0)"),
    (lambda: random.gammavariate(0, 1), "gammavariate(0, 1)"), (lambda: random.shuffle((1, 2)), "shuffle(tuple)"),
    (lambda: random.choices([]), "choices([])"), (lambda: random.triangular(1, 1), "triangular(1, 1)"),
]
for f, text in calls:
    try:
        print(text, "->", f())
    except Exception as e:
        print(text, "=>", type(e).__name__, e)
