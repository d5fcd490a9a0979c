# Custom exception hierarchies with extra attributes and __str__ overrides.
class AppError(Exception):
    code = 1

    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.detail = detail

    def __str__(self):
        base = super().__str__()
        return base + (" [%s]" % self.detail if self.detail else "")

class NotFound(AppError):
    code = 44

    def __init__(self, what, key):
        super().__init__("%s %r not found" % (what, key), detail="lookup")
        self.what = what
        self.key = key

class Invalid(AppError):
    code = 22

class HttpError(Exception):
    def __init__(self, status, reason):
        self.status = status
        self.reason = reason

    def __str__(self):
        return "%d %s" % (self.status, self.reason)

    def __repr__(self):
        return "HttpError(%d)" % self.status

errors = [NotFound("user", 7), Invalid("bad input"), Invalid("bad", detail="field x"),
          HttpError(404, "Not Found"), AppError("plain")]
for e in errors:
    print(type(e).__name__, "|", e, "|", repr(e), "|", e.args, "|", getattr(e, "code", None))

def handle(exc):
    try:
        raise exc
    except NotFound as e:
        return "not found: %s/%r code %d" % (e.what, e.key, e.code)
    except AppError as e:
        return "app error %d: %s" % (e.code, e)
    except Exception as e:
        return "other: " + str(e)
for e in errors:
    print(handle(e))
print(issubclass(NotFound, AppError), isinstance(errors[0], Exception), NotFound.__mro__[1].__name__)
# exceptions are ordinary objects: attributes can be added and read
err = Invalid("x")
err.extra = [1, 2]
print(err.extra, sorted(vars(err)))
# BaseException.__str__ with several args
print(str(AppError.__base__("a", 2)), str(Exception()), repr(Exception("q", 1)))
