print("{} and {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name} is {age}".format(name="Ada", age=36))
print("{0}{1}{0}".format("ab", "-"), "{{}} {{{0}}}".format(5), "{:>6}|{:<6}|{:^6}".format("r", "l", "c"))
print("{0[0]} {0[1]} {1[k]}".format([10, 20], {"k": "v"}), "{:.2f} {:5d} {:x}".format(3.14159, 42, 255))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0:{1}}".format(7, 4) + "|", "{:{}.{}f}".format(2.71828, 8, 3))
print("{:,} {:_} {:08.3f} {:+d} {:e}".format(1234567, 1234567, -3.5, 5, 12345.678))
for bad in ["{", "}", "{0} {}", "{1}", "{x}", "{0!z}", "{:d}"]:
    try:
        print(bad.format("s"))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__ + ":", e)
