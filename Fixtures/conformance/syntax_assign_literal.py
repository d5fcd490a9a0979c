print("never runs")
5 = x
