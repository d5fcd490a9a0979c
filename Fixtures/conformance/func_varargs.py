def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s, type(nums), len(nums)
print(total(), total(1), total(1, 2, 3), total(*range(10)), total(*[1], *(2, 3)))
def first_rest(first, *rest):
    return first, rest
print(first_rest(1), first_rest(1, 2, 3), first_rest(*"abc"))
def fmt(template, *args, sep=", "):
    return template + ": " + sep.join(str(a) for a in args)
print(fmt("nums", 1, 2, 3), fmt("none"), fmt("x", "a", "b", sep="|"))
def max_of(*args):
    return max(args) if args else None
print(max_of(3, 9, 2), max_of())
