# Deterministic bank-queue simulation using a linear congruential generator.
state = [12345]
def rand(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2**31
    return state[0] % n
queue = []
tellers = [0, 0, 0]
served = 0
waits = []
max_len = 0
for minute in range(300):
    for _ in range(rand(3)):
        queue.append(minute)
    for t in range(len(tellers)):
        if tellers[t] > 0:
            tellers[t] -= 1
        if tellers[t] == 0 and queue:
            arrived = queue.pop(0)
            waits.append(minute - arrived)
            tellers[t] = 1 + rand(4)
            served += 1
    max_len = max(max_len, len(queue))
print("served", served, "left", len(queue), "max queue", max_len)
print("avg wait %.3f" % (sum(waits) / len(waits)), "max wait", max(waits))
hist = {}
for w in waits:
    hist[w // 5 * 5] = hist.get(w // 5 * 5, 0) + 1
for bucket in sorted(hist):
    print("%3d-%3d %s" % (bucket, bucket + 4, "*" * (hist[bucket] // 4)))
