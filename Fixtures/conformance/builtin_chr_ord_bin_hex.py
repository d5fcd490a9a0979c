print(chr(65), ord("A"), hex(255), bin(5), oct(64), hex(-1), bin(0), oct(-8))
print([chr(c) for c in range(0x41, 0x47)], "".join(chr(ord("a") + i) for i in range(26)))
print(int(hex(12345), 16), int(bin(999), 2), int(oct(777), 8), int(bin(-5), 0))
