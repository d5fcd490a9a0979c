s = {5, 3, 8, 1}
popped = []
while s:
    popped.append(s.pop())
print(popped, s)
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
t = {"only"}
print(t.pop(), t)
