import time

t0, p0, n0, m0, c0 = time.time(), time.perf_counter(), time.perf_counter_ns(), time.monotonic(), time.process_time()
total = 0
for i in range(30000):
    total += i * i
time.sleep(0.002)
t1, p1, n1, m1, c1 = time.time(), time.perf_counter(), time.perf_counter_ns(), time.monotonic(), time.process_time()
print(type(t0).__name__, type(p0).__name__, type(n0).__name__, type(m0).__name__, type(c0).__name__)
print(type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__, type(time.process_time_ns()).__name__)
print(total, t1 >= t0, p1 - p0 >= 0.002, n1 > n0, m1 >= m0, c1 >= c0, t0 > 1.6e9, time.sleep(0))
for bad in ["a", -1, None]:
    try:
        time.sleep(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    time.time(1)
except TypeError as e:
    print(e)
