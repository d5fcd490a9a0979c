s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3], s[-5:-2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[8:2:-3], s[2:8:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], repr(s[10:]))
print(s[0:10:3], s[-1:-11:-1], s[-1::-4], s[None:None:None], s[None:4])
u = "añb😀c∑d"
print(u[1:4], u[::-1], u[::3], len(u[2:]))
for step in (1, 2, 3, -1, -2, -3):
    print(step, s[::step], s[1:9:step], s[9:1:step])
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
