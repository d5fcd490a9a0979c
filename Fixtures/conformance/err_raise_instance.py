print("start")
raise ValueError("explicit failure", 42)
