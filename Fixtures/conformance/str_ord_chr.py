print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"), ord("é"), ord("€"), ord("😀"), ord("\x00"))
print(chr(97), chr(65), repr(chr(0)), chr(8364), chr(128512), repr(chr(127)), chr(0x10FFFF) == "\U0010ffff")
print("".join(chr(ord(c) + 1) for c in "HAL"), [chr(i) for i in range(ord("a"), ord("f"))])
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
