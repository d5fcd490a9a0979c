inventory = {}
def add(item, qty, price):
    entry = inventory.setdefault(item, {"qty": 0, "price": price})
    entry["qty"] += qty
    entry["price"] = price
def remove(item, qty):
    if item not in inventory:
        raise KeyError(item)
    if inventory[item]["qty"] < qty:
        raise ValueError("only %d %s left" % (inventory[item]["qty"], item))
    inventory[item]["qty"] -= qty
    if inventory[item]["qty"] == 0:
        del inventory[item]
orders = [("add", "widget", 10, 2.5), ("add", "gadget", 3, 10.0), ("remove", "widget", 4), ("remove", "gizmo", 1),
          ("add", "widget", 5, 2.75), ("remove", "gadget", 5), ("remove", "gadget", 3), ("add", "doohickey", 7, 0.99)]
for o in orders:
    try:
        if o[0] == "add":
            add(*o[1:])
        else:
            remove(*o[1:])
        print("ok  ", o)
    except (KeyError, ValueError) as e:
        print("fail", o, type(e).__name__, e)
for item, e in sorted(inventory.items()):
    print("%-10s %3d x %6.2f = %8.2f" % (item, e["qty"], e["price"], e["qty"] * e["price"]))
print("value: %.2f" % sum(e["qty"] * e["price"] for e in inventory.values()))
