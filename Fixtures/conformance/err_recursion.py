def countdown(n):
    if n % 250 == 0:
        print("at", n)
    return countdown(n - 1)
countdown(0)
