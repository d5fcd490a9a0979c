# An incremental one-way constraint solver in the DeltaBlue style (own code): variables,
# constraints with strengths (stay, edit, equality, scale), a planner that adds and
# removes constraints incrementally by walkabout strengths, and plans that are extracted
# and executed repeatedly. Runs chain and projection tests and prints a checksum.
ITERATIONS = 100
CHAIN = 600
PROJECTION = 600


class Strength:
    def __init__(self, level, name):
        self.level = level  # lower is stronger
        self.name = name

    def stronger(self, other):
        return self.level < other.level

    def weaker(self, other):
        return self.level > other.level

    def weaker_of(self, other):
        return self if self.level > other.level else other

    def next_weaker(self):
        return STRENGTHS[self.level + 1]

    def __repr__(self):
        return self.name


STRENGTHS = [Strength(i, n) for i, n in enumerate(
    ["required", "strong-preferred", "preferred", "strong-default", "normal", "weak-default", "weakest"])]
REQUIRED, STRONG_PREFERRED, PREFERRED, STRONG_DEFAULT, NORMAL, WEAK_DEFAULT, WEAKEST = STRENGTHS


class Variable:
    def __init__(self, name, value=0):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.mark = 0
        self.walk_strength = WEAKEST
        self.stay = True

    def __repr__(self):
        return "%s=%r" % (self.name, self.value)


class ConstraintError(Exception):
    pass


class Constraint:
    def __init__(self, planner, strength):
        self.planner = planner
        self.strength = strength

    def install(self):
        self.add_to_graph()
        self.planner.incremental_add(self)
        return self

    def destroy(self):
        if self.is_satisfied():
            self.planner.incremental_remove(self)
        else:
            self.remove_from_graph()

    def is_input(self):
        return False

    def satisfy(self, mark):
        self.choose_method(mark)
        if not self.is_satisfied():
            if self.strength is REQUIRED:
                raise ConstraintError("could not satisfy a required constraint")
            return None
        self.mark_inputs(mark)
        out = self.output()
        overridden = out.determined_by
        if overridden is not None:
            overridden.mark_unsatisfied()
        out.determined_by = self
        if not self.planner.add_propagate(self, mark):
            raise ConstraintError("cycle encountered")
        out.mark = mark
        return overridden


class UnaryConstraint(Constraint):
    def __init__(self, planner, var, strength):
        super().__init__(planner, strength)
        self.var = var
        self.satisfied = False

    def add_to_graph(self):
        self.var.constraints.append(self)
        self.satisfied = False

    def remove_from_graph(self):
        if self in self.var.constraints:
            self.var.constraints.remove(self)
        self.satisfied = False

    def choose_method(self, mark):
        self.satisfied = self.var.mark != mark and self.strength.stronger(self.var.walk_strength)

    def is_satisfied(self):
        return self.satisfied

    def mark_inputs(self, mark):
        pass

    def output(self):
        return self.var

    def recalculate(self):
        self.var.walk_strength = self.strength
        self.var.stay = not self.is_input()
        if self.var.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.satisfied = False

    def inputs_known(self, mark):
        return True

    def execute(self):
        pass


class StayConstraint(UnaryConstraint):
    pass


class EditConstraint(UnaryConstraint):
    def is_input(self):
        return True


NONE, FORWARD, BACKWARD = 0, 1, 2


class BinaryConstraint(Constraint):
    def __init__(self, planner, a, b, strength):
        super().__init__(planner, strength)
        self.a = a
        self.b = b
        self.direction = NONE

    def variables(self):
        return (self.a, self.b)

    def add_to_graph(self):
        for v in self.variables():
            v.constraints.append(self)
        self.direction = NONE

    def remove_from_graph(self):
        for v in self.variables():
            if self in v.constraints:
                v.constraints.remove(self)
        self.direction = NONE

    def choose_method(self, mark):
        a, b = self.a, self.b
        if a.mark == mark:
            ok = b.mark != mark and self.strength.stronger(b.walk_strength)
            self.direction = FORWARD if ok else NONE
        elif b.mark == mark:
            ok = a.mark != mark and self.strength.stronger(a.walk_strength)
            self.direction = BACKWARD if ok else NONE
        elif a.walk_strength.weaker(b.walk_strength):
            self.direction = BACKWARD if self.strength.stronger(a.walk_strength) else NONE
        else:
            self.direction = FORWARD if self.strength.stronger(b.walk_strength) else NONE

    def is_satisfied(self):
        return self.direction != NONE

    def mark_inputs(self, mark):
        self.input().mark = mark

    def input(self):
        return self.a if self.direction == FORWARD else self.b

    def output(self):
        return self.b if self.direction == FORWARD else self.a

    def recalculate(self):
        src, out = self.input(), self.output()
        out.walk_strength = self.strength.weaker_of(src.walk_strength)
        out.stay = src.stay
        if out.stay:
            self.execute()

    def mark_unsatisfied(self):
        self.direction = NONE

    def inputs_known(self, mark):
        src = self.input()
        return src.mark == mark or src.stay or src.determined_by is None


class EqualityConstraint(BinaryConstraint):
    def execute(self):
        self.output().value = self.input().value


class ScaleConstraint(BinaryConstraint):
    """b = a * scale + offset (forward), a = (b - offset) // scale (backward)."""

    def __init__(self, planner, a, scale, offset, b, strength):
        self.scale = scale
        self.offset = offset
        super().__init__(planner, a, b, strength)

    def variables(self):
        return (self.a, self.b, self.scale, self.offset)

    def mark_inputs(self, mark):
        super().mark_inputs(mark)
        self.scale.mark = self.offset.mark = mark

    def execute(self):
        if self.direction == FORWARD:
            self.b.value = self.a.value * self.scale.value + self.offset.value
        else:
            self.a.value = (self.b.value - self.offset.value) // self.scale.value

    def recalculate(self):
        src, out = self.input(), self.output()
        out.walk_strength = self.strength.weaker_of(src.walk_strength)
        out.stay = src.stay and self.scale.stay and self.offset.stay
        if out.stay:
            self.execute()


class Plan:
    def __init__(self):
        self.steps = []

    def add(self, c):
        self.steps.append(c)

    def __len__(self):
        return len(self.steps)

    def execute(self):
        for c in self.steps:
            c.execute()


class Planner:
    def __init__(self):
        self.current_mark = 0
        self.stats = {"added": 0, "removed": 0, "propagations": 0, "plans": 0}

    def new_mark(self):
        self.current_mark += 1
        return self.current_mark

    def incremental_add(self, c):
        self.stats["added"] += 1
        mark = self.new_mark()
        overridden = c.satisfy(mark)
        while overridden is not None:
            overridden = overridden.satisfy(mark)

    def incremental_remove(self, c):
        self.stats["removed"] += 1
        out = c.output()
        c.mark_unsatisfied()
        c.remove_from_graph()
        unsatisfied = self.remove_propagate_from(out)
        strength = REQUIRED
        while True:
            for u in unsatisfied:
                if u.strength is strength:
                    self.incremental_add(u)
            if strength is WEAKEST:
                break
            strength = strength.next_weaker()

    def consumers(self, v, into):
        determining = v.determined_by
        for c in v.constraints:
            if c is not determining and c.is_satisfied():
                into.append(c)

    def add_propagate(self, c, mark):
        todo = [c]
        while todo:
            d = todo.pop()
            self.stats["propagations"] += 1
            if d.output().mark == mark:
                self.incremental_remove(c)
                return False
            d.recalculate()
            self.consumers(d.output(), todo)
        return True

    def remove_propagate_from(self, out):
        out.determined_by = None
        out.walk_strength = WEAKEST
        out.stay = True
        unsatisfied = []
        todo = [out]
        while todo:
            v = todo.pop()
            for c in v.constraints:
                if not c.is_satisfied():
                    unsatisfied.append(c)
            determining = v.determined_by
            for nxt in v.constraints:
                if nxt is not determining and nxt.is_satisfied():
                    nxt.recalculate()
                    todo.append(nxt.output())
        return unsatisfied

    def make_plan(self, sources):
        self.stats["plans"] += 1
        mark = self.new_mark()
        plan = Plan()
        todo = list(sources)
        i = 0
        while i < len(todo):
            c = todo[i]
            i += 1
            out = c.output()
            if out.mark != mark and c.inputs_known(mark):
                plan.add(c)
                out.mark = mark
                self.consumers(out, todo)
        return plan

    def plan_for(self, constraints):
        return self.make_plan([c for c in constraints if c.is_input() and c.is_satisfied()])


def chain_test(n, checksum):
    planner = Planner()
    vs = [Variable("v%d" % i) for i in range(n + 1)]
    for a, b in zip(vs, vs[1:]):
        EqualityConstraint(planner, a, b, REQUIRED).install()
    StayConstraint(planner, vs[-1], STRONG_DEFAULT).install()
    edit = EditConstraint(planner, vs[0], PREFERRED).install()
    plan = planner.plan_for([edit])
    for i in range(100):
        vs[0].value = i
        plan.execute()
        if vs[-1].value != i:
            raise ConstraintError("chain test failed at %d" % i)
        checksum = (checksum * 31 + vs[-1].value + len(plan)) % 1000000007
    edit.destroy()
    return checksum, planner


def change(planner, var, value):
    edit = EditConstraint(planner, var, PREFERRED).install()
    plan = planner.plan_for([edit])
    for _ in range(10):
        var.value = value
        plan.execute()
    edit.destroy()
    return len(plan)


def projection_test(n, checksum):
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    srcs, dsts = [], []
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        srcs.append(src)
        dsts.append(dst)
        StayConstraint(planner, src, NORMAL).install()
        ScaleConstraint(planner, src, scale, offset, dst, REQUIRED).install()
    steps = change(planner, srcs[-1], 17)
    if dsts[-1].value != 1170:
        raise ConstraintError("projection 1 failed")
    steps += change(planner, dsts[-1], 1050)
    if srcs[-1].value != 5:
        raise ConstraintError("projection 2 failed")
    steps += change(planner, scale, 5)
    for i in range(n - 1):  # the last pair was edited directly
        if dsts[i].value != i * 5 + 1000:
            raise ConstraintError("projection 3 failed")
    steps += change(planner, offset, 2000)
    for i in range(n - 1):
        if dsts[i].value != i * 5 + 2000:
            raise ConstraintError("projection 4 failed")
    for d in dsts:
        checksum = (checksum * 31 + d.value) % 1000000007
    return (checksum * 7 + steps) % 1000000007, planner


def main():
    checksum = 0
    totals = {}
    for it in range(ITERATIONS):
        checksum, p1 = chain_test(CHAIN + it, checksum)
        checksum, p2 = projection_test(PROJECTION + it, checksum)
        for p in (p1, p2):
            for k, v in p.stats.items():
                totals[k] = totals.get(k, 0) + v
    print("stats", sorted(totals.items()))
    print("checksum", checksum)


main()
