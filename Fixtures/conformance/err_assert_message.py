def check(balance):
    assert balance >= 0, "negative balance: " + str(balance)
    return balance
print(check(10))
print(check(-5))
