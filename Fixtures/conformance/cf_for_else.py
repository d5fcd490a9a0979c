def first_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            print(n, "divisible by", d)
            break
    else:
        print(n, "is prime")
for n in [7, 9, 13, 15, 2]:
    first_divisor(n)
for x in []:
    print("never")
else:
    print("empty loop else")
total = 0
for i in range(10):
    if i % 3 == 0:
        continue
    total += i
print(total)
for i in range(3):
    pass
print("i after loop:", i)
for ch in "abc":
    for ch2 in "xy":
        if ch2 == "y":
            continue
        print(ch + ch2, end=" ")
print()
