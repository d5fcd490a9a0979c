# Adjacent local/constant loads and stores (Tier 1 runs each pair as one superinstruction):
# results, and errors raised by either half reported at the right line.
def pairs(n):
    a = 1
    b = 2
    total = 0
    for i in range(n):
        x = a + b          # LOAD_FAST LOAD_FAST
        y = i * 3          # LOAD_FAST LOAD_CONST
        a, b = b, x        # STORE_FAST STORE_FAST
        total += 7 - y     # LOAD_CONST LOAD_FAST
        z = x
        total += z         # STORE_FAST LOAD_FAST
    return total, a, b

print(pairs(10), pairs(1000)[0])

def second_half_unbound(flag):
    if flag:
        b = 1
    a = 5
    return a + b

def first_half_unbound(flag):
    if flag:
        a = 1
    b = 5
    return a + b

def const_then_unbound(flag):
    if flag:
        c = 1
    return 3 - c

for f in (second_half_unbound, first_half_unbound, const_then_unbound):
    print(f(True))
    try:
        f(False)
    except UnboundLocalError as e:
        print(type(e).__name__, e, "line", e.__traceback__.tb_next.tb_lineno)

def jump_into_second(n):
    # a loop whose head is the second instruction of a pair
    s = 0
    i = 0
    while i < n:
        s = s + i
        i = i + 1
    return s

print(jump_into_second(100), jump_into_second(0))
