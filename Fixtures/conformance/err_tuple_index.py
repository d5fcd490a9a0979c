rgb = (255, 128, 0)
print(rgb[0], rgb[2], rgb[-3])
print(rgb[3])
