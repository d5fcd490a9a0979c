# A small run of Fixtures/bench/richards_like.py: sunk instances whose class lives in a register
# (regression: x86-64 exits that create sunk objects read the class from the register file).
# A task scheduler in the spirit of the Richards benchmark (own code): packets travel
# between an idle task, a worker, two handlers and two devices through per-task work
# queues; tasks are objects with a small state machine (running / waiting / held).
ROUNDS = 2
COUNT = 300

ID_IDLE, ID_WORKER, ID_HANDLER_A, ID_HANDLER_B, ID_DEVICE_A, ID_DEVICE_B = range(6)
KIND_DEVICE, KIND_WORK = 0, 1
BUFSIZE = 4


class Packet:
    __slots__ = ("link", "dest", "kind", "datum", "data")

    def __init__(self, link, dest, kind):
        self.link = link
        self.dest = dest
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        """Append self to the queue headed by `queue`; return the new head."""
        self.link = None
        if queue is None:
            return self
        node = queue
        while node.link is not None:
            node = node.link
        node.link = self
        return queue


class Task:
    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.held = False
        self.waiting = queue is None
        self.has_packet = queue is not None
        self.next_task = scheduler.tasks_head
        scheduler.tasks_head = self
        scheduler.table[ident] = self

    def runnable(self):
        return not self.held and (not self.waiting or self.has_packet)

    def blocked(self):
        return self.held or (self.waiting and not self.has_packet)

    def take_packet(self):
        pkt = self.queue
        if pkt is None:
            return None
        self.queue = pkt.link
        pkt.link = None
        self.has_packet = self.queue is not None
        self.waiting = False
        return pkt

    def receive(self, pkt, current):
        """A packet arrives for this task; return the task that should run next."""
        pkt.link = None
        if self.queue is None:
            self.queue = pkt
            self.has_packet = True
            if self.priority > current.priority:
                return self
        else:
            self.queue = pkt.append_to(self.queue)
        return current

    def step(self, pkt):
        raise NotImplementedError

    # actions available to a running task; each returns the next task to run
    def wait(self):
        self.waiting = True
        return self

    def hold(self):
        self.scheduler.holds += 1
        self.held = True
        return self.next_task

    def release(self, ident):
        t = self.scheduler.table[ident]
        t.held = False
        return t if t.priority > self.priority else self

    def send(self, pkt):
        self.scheduler.sends += 1
        target = self.scheduler.table[pkt.dest]
        pkt.dest = self.ident
        return target.receive(pkt, self)


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, count):
        super().__init__(scheduler, ident, priority, None)
        self.waiting = False
        self.seed = 1
        self.count = count

    def step(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.hold()
        if self.seed & 1:
            self.seed = (self.seed >> 1) ^ 0xD008
            return self.release(ID_DEVICE_B)
        self.seed >>= 1
        return self.release(ID_DEVICE_A)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.target = ID_HANDLER_A
        self.letter = 0

    def step(self, pkt):
        if pkt is None:
            return self.wait()
        self.target = ID_HANDLER_B if self.target == ID_HANDLER_A else ID_HANDLER_A
        pkt.dest = self.target
        pkt.datum = 0
        for i in range(BUFSIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            pkt.data[i] = self.letter
        return self.send(pkt)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.work = None
        self.devices = None

    def step(self, pkt):
        if pkt is not None:
            if pkt.kind == KIND_WORK:
                self.work = pkt.append_to(self.work)
            else:
                self.devices = pkt.append_to(self.devices)
        work = self.work
        if work is not None:
            i = work.datum
            if i < BUFSIZE:
                dev = self.devices
                if dev is not None:
                    self.devices = dev.link
                    dev.datum = work.data[i]
                    work.datum = i + 1
                    self.scheduler.checksum = (self.scheduler.checksum * 31 + dev.datum * (i + 1)) % 1000000007
                    return self.send(dev)
            else:
                self.work = work.link
                return self.send(work)
        return self.wait()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        super().__init__(scheduler, ident, priority, queue)
        self.pending = None

    def step(self, pkt):
        if pkt is None:
            if self.pending is None:
                return self.wait()
            out, self.pending = self.pending, None
            return self.send(out)
        self.pending = pkt
        self.scheduler.device_hits += pkt.datum
        return self.hold()


class Scheduler:
    def __init__(self):
        self.table = [None] * 6
        self.tasks_head = None
        self.sends = 0
        self.holds = 0
        self.device_hits = 0
        self.checksum = 0

    def run(self):
        task = self.tasks_head
        steps = 0
        while task is not None:
            if task.blocked():
                task = task.next_task
                continue
            pkt = task.take_packet() if task.has_packet and not task.held else None
            steps += 1
            task = task.step(pkt)
        return steps


def build(count):
    s = Scheduler()
    IdleTask(s, ID_IDLE, 1, count)
    work = Packet(None, ID_WORKER, KIND_WORK)
    work = Packet(work, ID_WORKER, KIND_WORK)
    WorkerTask(s, ID_WORKER, 1000, work)
    for handler, device, prio in ((ID_HANDLER_A, ID_DEVICE_A, 2000), (ID_HANDLER_B, ID_DEVICE_B, 3000)):
        q = Packet(None, device, KIND_DEVICE)
        q = Packet(q, device, KIND_DEVICE)
        q = Packet(q, device, KIND_DEVICE)
        HandlerTask(s, handler, prio, q)
    DeviceTask(s, ID_DEVICE_A, 4000, None)
    DeviceTask(s, ID_DEVICE_B, 5000, None)
    return s


def main():
    total_steps = total_sends = total_holds = 0
    check = 0
    for r in range(ROUNDS):
        s = build(COUNT + r)
        steps = s.run()
        total_steps += steps
        total_sends += s.sends
        total_holds += s.holds
        check = (check * 1000003 + s.checksum + s.device_hits) % 1000000007
    print("steps", total_steps, "sends", total_sends, "holds", total_holds)
    print("checksum", check)


main()
