checks = [
    (IndexError, LookupError), (KeyError, LookupError), (LookupError, Exception),
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError), (ArithmeticError, Exception),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError), (UnboundLocalError, NameError),
    (StopIteration, Exception), (GeneratorExit, Exception), (GeneratorExit, BaseException),
    (KeyboardInterrupt, Exception), (Exception, BaseException), (TypeError, ValueError), (AssertionError, Exception),
    (AttributeError, Exception), (ValueError, Exception), (bool, int),
]
for sub, sup in checks:
    print(sub.__name__, "<", sup.__name__, issubclass(sub, sup))
def raiser(kind):
    if kind == 0:
        [][0]
    if kind == 1:
        {}[0]
    if kind == 2:
        1 % 0
    if kind == 3:
        float("x")
    if kind == 4:
        None.attr
    return "fine"
for k in range(6):
    try:
        print(raiser(k))
    except LookupError as e:
        print("LookupError branch:", type(e).__name__, e)
    except ArithmeticError as e:
        print("ArithmeticError branch:", type(e).__name__, e)
    except (ValueError, AttributeError) as e:
        print("tuple branch:", type(e).__name__, e)
try:
    raise StopIteration(5)
except Exception as e:
    print("Exception catches StopIteration", e.args)
