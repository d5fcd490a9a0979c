# Uncaught TypeError: iterating an instance without __iter__ or __getitem__.
class Team:
    def __init__(self, *members):
        self.members = list(members)

    def __len__(self):
        return len(self.members)

t = Team("ann", "bob")
print(len(t), t.members)
for m in t:
    print(m)
