scores = [s for s in [40, 55, 61] if s > 90]
print("high scores:", scores)
print(max(scores))
