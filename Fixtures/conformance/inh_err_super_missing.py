# Uncaught AttributeError: super() finds no such method further along the MRO.
class Logger:
    def log(self, msg):
        return "log: " + msg

class Timestamped(Logger):
    def log(self, msg):
        return super().log("[t] " + msg)

    def flush(self):
        return super().flush()

t = Timestamped()
print(t.log("start"))
print(t.flush())
