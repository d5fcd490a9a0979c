# Float-heavy kernel: Mandelbrot escape counts over a grid and Horner polynomial evaluation.
W = 440
H = 330
MAX_ITER = 400

def mandel(w, h, max_iter):
    rows = []
    total = 0
    for y in range(h):
        ci = -1.2 + 2.4 * y / h
        row = []
        for x in range(w):
            cr = -2.1 + 3.0 * x / w
            zr = zi = 0.0
            it = 0
            while it < max_iter and zr * zr + zi * zi <= 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                it += 1
            row.append(it)
            total += it
        rows.append(row)
    return rows, total

def horner(coeffs, x):
    acc = 0.0
    for c in coeffs:
        acc = acc * x + c
    return acc

rows, total = mandel(W, H, MAX_ITER)
print("mandelbrot total iterations", total)
print("".join(" .:-=+*#%@"[min(9, v // 20)] for v in rows[H // 2][::4]))
coeffs = [((-1) ** k) / (k + 1.0) for k in range(40)]
acc = 0.0
steps = 20000
for i in range(steps):
    x = -1.0 + 2.0 * i / steps
    acc += horner(coeffs, x)
print("%.10f" % acc)
