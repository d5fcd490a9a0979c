# State machines two ways: state objects with transition methods (a vending machine) and a
# table-driven machine class (a tokenizer for numbers), with invalid-transition errors.
class InvalidTransition(Exception):
    pass

class State:
    name = "state"

    def __init__(self, machine):
        self.machine = machine

    def insert(self, coin):
        raise InvalidTransition("cannot insert coin while %s" % self.name)

    def select(self, item):
        raise InvalidTransition("cannot select while %s" % self.name)

    def cancel(self):
        raise InvalidTransition("nothing to cancel while %s" % self.name)

    def __repr__(self):
        return "<%s>" % self.name

class Idle(State):
    name = "idle"

    def insert(self, coin):
        self.machine.credit += coin
        self.machine.set_state(HasCredit)

class HasCredit(State):
    name = "has-credit"

    def insert(self, coin):
        self.machine.credit += coin

    def select(self, item):
        m = self.machine
        price = m.prices.get(item)
        if price is None:
            raise KeyError(item)
        if m.stock.get(item, 0) == 0:
            m.set_state(SoldOut if not any(m.stock.values()) else HasCredit)
            return "out of " + item
        if m.credit < price:
            return "need %d more" % (price - m.credit)
        m.stock[item] -= 1
        change, m.credit = m.credit - price, 0
        m.set_state(Idle if any(m.stock.values()) else SoldOut)
        return "vend %s, change %d" % (item, change)

    def cancel(self):
        refund, self.machine.credit = self.machine.credit, 0
        self.machine.set_state(Idle)
        return "refund %d" % refund

class SoldOut(State):
    name = "sold-out"

class Vending:
    def __init__(self, prices, stock):
        self.prices, self.stock = prices, dict(stock)
        self.credit = 0
        self.history = []
        self.state = Idle(self)

    def set_state(self, cls):
        if type(self.state) is not cls:
            self.history.append("%s->%s" % (self.state.name, cls.name))
        self.state = cls(self)

    def __getattr__(self, action):
        # delegate insert/select/cancel to the current state
        return getattr(self.state, action)

vm = Vending({"cola": 150, "chips": 100}, {"cola": 1, "chips": 1})
script = [("select", "cola"), ("insert", 100), ("select", "cola"), ("insert", 100), ("select", "cola"),
          ("cancel",), ("insert", 50), ("select", "tea"), ("insert", 50), ("select", "cola"),
          ("select", "chips"), ("cancel",), ("insert", 100), ("select", "chips"), ("insert", 5)]
for action, *args in script:
    try:
        result = getattr(vm, action)(*args)
    except InvalidTransition as e:
        result = "InvalidTransition: %s" % e
    except KeyError as e:
        result = "KeyError: %s" % e
    print("%-7s %-6s %-12r credit=%-3d -> %s" % (action, args[0] if args else "", vm.state, vm.credit, result))
print(vm.history, vm.stock)

class Machine:
    def __init__(self, start, accepting):
        self.table = {}
        self.start, self.accepting = start, set(accepting)

    def on(self, state, chars, target):
        for ch in chars:
            self.table[(state, ch)] = target
        return self

    def run(self, text):
        state, trail = self.start, [self.start]
        for ch in text:
            state = self.table.get((state, ch))
            if state is None:
                return False, trail
            trail.append(state)
        return state in self.accepting, trail

digits = "0123456789"
num = (Machine("start", ["int", "frac", "exp"])
       .on("start", "+-", "sign").on("start", digits, "int").on("sign", digits, "int")
       .on("int", digits, "int").on("int", ".", "dot").on("dot", digits, "frac")
       .on("frac", digits, "frac").on("int", "eE", "e").on("frac", "eE", "e")
       .on("e", "+-", "esign").on("e", digits, "exp").on("esign", digits, "exp").on("exp", digits, "exp"))
for text in ["42", "-3.14", "6.02e23", "1e-9", "1.", ".5", "+", "12a", ""]:
    ok, trail = num.run(text)
    print("%-8r %-5s %s" % (text, ok, "/".join(trail)))
