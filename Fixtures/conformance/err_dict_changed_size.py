inventory = {"apples": 0, "pears": 3, "plums": 0}
for item in inventory:
    print("checking", item)
    if inventory[item] == 0:
        del inventory[item]
