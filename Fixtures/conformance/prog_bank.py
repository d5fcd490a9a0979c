accounts = {}
log = []
def open_account(name, initial=0):
    if name in accounts:
        raise ValueError("account exists: " + name)
    accounts[name] = {"balance": initial, "history": [("open", initial)]}
def deposit(name, amount):
    if amount <= 0:
        raise ValueError("deposit must be positive")
    accounts[name]["balance"] += amount
    accounts[name]["history"].append(("dep", amount))
def withdraw(name, amount):
    acct = accounts[name]
    if amount > acct["balance"]:
        raise ValueError("insufficient funds in " + name + ": " + str(acct["balance"]) + " < " + str(amount))
    acct["balance"] -= amount
    acct["history"].append(("wd", amount))
def transfer(src, dst, amount):
    withdraw(src, amount)
    try:
        deposit(dst, amount)
    except KeyError:
        deposit(src, amount)
        raise
ops = [
    ("open", "alice", 100), ("open", "bob", 50), ("deposit", "alice", 25), ("withdraw", "bob", 80),
    ("transfer", "alice", "bob", 60), ("open", "alice", 1), ("deposit", "bob", -5), ("transfer", "bob", "carol", 10),
    ("withdraw", "dave", 1), ("transfer", "bob", "alice", 110),
]
for op in ops:
    kind, args = op[0], op[1:]
    try:
        if kind == "open":
            open_account(*args)
        elif kind == "deposit":
            deposit(*args)
        elif kind == "withdraw":
            withdraw(*args)
        else:
            transfer(*args)
        log.append(kind + " ok")
    except ValueError as e:
        log.append(kind + " failed: " + str(e))
    except KeyError as e:
        log.append(kind + " failed: no account " + str(e))
for line in log:
    print(line)
for name in sorted(accounts):
    a = accounts[name]
    print(name, a["balance"], a["history"])
print("total", sum(a["balance"] for a in accounts.values()))
