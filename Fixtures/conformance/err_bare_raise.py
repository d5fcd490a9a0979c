def f():
    print("about to re-raise with nothing active")
    raise
f()
