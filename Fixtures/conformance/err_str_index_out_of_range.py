word = "python"
i = 0
while True:
    print(i, word[i])
    i += 2
