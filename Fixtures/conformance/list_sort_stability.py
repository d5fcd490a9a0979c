records = [("ann", 30), ("bob", 25), ("cy", 30), ("dee", 25), ("eve", 35), ("fay", 30), ("gus", 25)]
by_age = sorted(records, key=lambda r: r[1])
print(by_age)
by_age_desc = sorted(records, key=lambda r: r[1], reverse=True)
print(by_age_desc)
two_pass = sorted(sorted(records, key=lambda r: r[0], reverse=True), key=lambda r: r[1])
print(two_pass)
data = [(i % 4, i) for i in range(40)]
s = sorted(data, key=lambda p: p[0])
print([p[1] for p in s])
print(all(s[i][1] < s[i + 1][1] for i in range(len(s) - 1) if s[i][0] == s[i + 1][0]))
big = [(i * 7919) % 1000 for i in range(600)]
ordered = sorted(big)
print(ordered[:10], ordered[-5:], sum(ordered), ordered == sorted(big, reverse=True)[::-1])
