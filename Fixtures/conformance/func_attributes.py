def alpha():
    pass
def beta(x, y=1):
    return x
gamma = lambda: 0
print(alpha.__name__, beta.__name__, gamma.__name__)
delta = beta
print(delta.__name__, delta is beta, delta(5))
def outer():
    def inner():
        pass
    return inner
print(outer().__name__, outer.__qualname__, outer().__qualname__)
print(callable(alpha), callable(5), type(alpha).__name__)
print(beta.__defaults__, alpha.__defaults__)
