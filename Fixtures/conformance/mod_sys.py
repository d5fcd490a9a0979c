import sys

print(sys.maxsize, sys.byteorder, sys.platform, sys.maxunicode, sys.hexversion, sys.float_repr_style)
print(sys.version_info, sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major, type(sys.version_info))
print(tuple(sys.version_info), sys.version_info == (3, 11, 7, "final", 0), sys.version.startswith("3.11.7"))
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info[0], len(sys.float_info), sys.float_info.dig)
print(sys.int_info, sys.hash_info.modulus, sys.getdefaultencoding(), sys.modules["sys"] is sys, "sys" in sys.modules)
print(type(sys.argv).__name__, sys.argv[0].endswith("mod_sys.py"), type(sys.path).__name__, sys.exc_info())
print(sys.getrecursionlimit(), sys.get_int_max_str_digits(), sys.intern("abc"))
print("a")
n = sys.stdout.write("b\n")
print("c", n, file=sys.stdout)
print("e", end="")
sys.stdout.write("f")
sys.stdout.flush()
print()
sys.stdout.writelines(["x", "y\n"])
print(sys.stdout.isatty(), sys.stdout.encoding)
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v))
for f, args in [(sys.setrecursionlimit, (0,)), (sys.setrecursionlimit, (1.5,)), (sys.setrecursionlimit, (10 ** 10,)),
                (sys.getrecursionlimit, (1,)), (sys.set_int_max_str_digits, (5,)), (sys.stdout.write, (5,)), (sys.exit, (1, 2))]:
    try:
        f(*args)
    except Exception as e:
        print(type(e).__name__, e)
sys.set_int_max_str_digits(700)
try:
    print(str(10 ** 800))
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
sys.set_int_max_str_digits(4300)
try:
    sys.exit(3)
except SystemExit as e:
    print("exit code", e.code)
