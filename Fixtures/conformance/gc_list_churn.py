# Allocation churn: many short-lived lists while a long-lived structure is kept and verified.
live = []
checksum = 0
for i in range(100000):
    tmp = [i, i + 1, i + 2, [i * 2]]
    tmp2 = tmp[:2] + tmp[2:]
    checksum = (checksum + tmp2[0] + tmp2[3][0]) % 1000003
    if i % 100 == 0:
        live.append([i] * 5)
    if i % 1000 == 999:
        live[len(live) // 2] = list(range(i % 7))
print(checksum, len(live))
ok = 0
for idx, row in enumerate(live):
    if len(row) == 5 and row == [idx * 100] * 5:
        ok += 1
print(ok, sum(len(r) for r in live), live[0], live[-1], live[len(live) // 2])
