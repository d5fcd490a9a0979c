import random

for seed in [0, 1, 12345, -5, 2 ** 100 + 7, 3.75, -3.75, "hello", b"bytes", True]:
    random.seed(seed)
    print(repr(seed), [random.random() for i in range(3)], random.getrandbits(70))
random.seed("hello", version=1)
print(random.random())
random.seed(42)
print([random.randint(1, 100) for i in range(20)])
print([random.randrange(0, 1000, 7) for i in range(5)], random.randrange(10 ** 30), random.randrange(-10 ** 20, 10 ** 20, 3))
print([random.randrange(100, 0, -3) for i in range(5)], [random.getrandbits(k) for k in (0, 1, 31, 32, 33, 64, 65)])
print([random.choice("abcdefg") for i in range(10)], random.choice((1, 2, 3)), random.choice(range(50)))
xs = list(range(30))
random.shuffle(xs)
print(xs)
print(random.sample(range(100), 10), random.sample(range(10000), 10), random.sample("abcdefghij", 4))
print(random.sample(range(10), counts=[1] * 10, k=3))
print(random.choices(range(10), k=5), random.choices("abc", weights=[1, 2, 3], k=10))
print(random.choices("abc", cum_weights=[1, 2, 3], k=10))
print(random.uniform(1, 5), random.gauss(0, 1), random.gauss(0, 1), random.normalvariate(2, 3))
print(random.expovariate(1.5), random.triangular(0, 10, 3), random.lognormvariate(0, 1), random.vonmisesvariate(1, 2))
print(random.gammavariate(2.5, 1), random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.betavariate(2, 3))
print(random.paretovariate(2), random.weibullvariate(1, 2), random.randbytes(5))
r = random.Random(99)
acc = 0
for i in range(5000):
    acc += r.randint(0, 1000)
    acc ^= r.getrandbits(20)
print(acc)
state = r.getstate()
a = [r.random() for i in range(3)]
r.setstate(state)
print(a == [r.random() for i in range(3)], state[1][:3], state[1][-1])
print(random.Random(42).random(), random.Random("abc").randint(1, 10 ** 6), random.Random(7).sample(range(50), 6))

# A Monte Carlo estimate that depends on every draw.
rng = random.Random(2024)
inside = 0
for i in range(20000):
    x, y = rng.random(), rng.random()
    if x * x + y * y <= 1.0:
        inside += 1
print(inside, 4 * inside / 20000)
