import math
print(math.sqrt(16))
try:
    import no_such_module
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__)
import also_missing
print("not reached")
