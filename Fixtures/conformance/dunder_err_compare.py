# Uncaught TypeError: ordering instances of a class that defines no ordering methods.
class Job:
    def __init__(self, name, pri):
        self.name = name
        self.pri = pri

    def __eq__(self, other):
        return self.pri == other.pri

jobs = [Job("b", 2), Job("a", 1)]
print(jobs[0] == Job("x", 2), jobs[0] != jobs[1])
print([j.name for j in sorted(jobs, key=lambda j: j.pri)])
print([j.name for j in sorted(jobs)])
