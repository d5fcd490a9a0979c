# An event system with observers: subscribe, unsubscribe, priorities, once-handlers, bubbling.
class Event:
    def __init__(self, name, **data):
        self.name = name
        self.data = data
        self.stopped = False

    def stop(self):
        self.stopped = True

    def __repr__(self):
        return "Event(%s, %s)" % (self.name, ", ".join("%s=%r" % kv for kv in sorted(self.data.items())))

class Emitter:
    def __init__(self, parent=None, name="root"):
        self.handlers = {}
        self.parent = parent
        self.name = name
        self.seq = 0

    def on(self, event_name, handler, priority=0, once=False):
        self.seq += 1
        self.handlers.setdefault(event_name, []).append((-priority, self.seq, handler, once))
        self.handlers[event_name].sort(key=lambda h: (h[0], h[1]))
        return handler

    def off(self, event_name, handler):
        before = len(self.handlers.get(event_name, []))
        self.handlers[event_name] = [h for h in self.handlers.get(event_name, []) if h[2] is not handler]
        return before - len(self.handlers[event_name])

    def emit(self, event):
        results = []
        for entry in list(self.handlers.get(event.name, [])):
            _, _, handler, once = entry
            if once:
                self.handlers[event.name].remove(entry)
            results.append(handler(event))
            if event.stopped:
                return results
        if self.parent is not None:
            results += self.parent.emit(event)
        return results

class Logger:
    def __init__(self, tag):
        self.tag = tag
        self.lines = []

    def __call__(self, event):
        self.lines.append("%s saw %r" % (self.tag, event))
        return self.tag

root = Emitter()
panel = Emitter(root, "panel")
button = Emitter(panel, "button")
audit = Logger("audit")
root.on("click", audit)
panel.on("click", lambda e: "panel:%d" % e.data["x"])
button.on("click", lambda e: "button-low", priority=-1)
button.on("click", lambda e: "button-high", priority=5)
button.on("click", lambda e: "button-once", once=True)
print(button.emit(Event("click", x=1, y=2)))
print(button.emit(Event("click", x=3, y=4)))

def stopper(e):
    if e.data.get("stop"):
        e.stop()
    return "stopper"
panel.on("click", stopper, priority=10)
print(button.emit(Event("click", x=5, stop=True)))
print(button.emit(Event("click", x=6)))
print(panel.off("click", stopper), panel.off("click", stopper))
print(button.emit(Event("key", code=13)), root.emit(Event("click", x=0)))
for line in audit.lines:
    print(line)

# observers holding state
class Stats:
    def __init__(self):
        self.count = 0
        self.total = 0
    def update(self, e):
        self.count += 1
        self.total += e.data.get("value", 0)
        return self.count
stats = Stats()
sensor = Emitter(name="sensor")
sensor.on("reading", stats.update)
for v in [3, 9, 4]:
    sensor.emit(Event("reading", value=v))
print(stats.count, stats.total, stats.total / stats.count)
