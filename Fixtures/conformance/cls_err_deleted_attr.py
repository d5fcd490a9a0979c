# An attribute deleted with del is gone: reading it again is an uncaught AttributeError.
class Session:
    def __init__(self, user):
        self.user = user
        self.token = "t-" + user

s = Session("ann")
print(s.user, s.token, sorted(vars(s)))
del s.token
print(sorted(vars(s)), hasattr(s, "token"))
print("token is", s.token)
