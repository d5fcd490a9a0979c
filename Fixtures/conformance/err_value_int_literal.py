fields = "10,20,x,40".split(",")
total = 0
for f in fields:
    total += int(f)
    print(total)
