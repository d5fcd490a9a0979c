class AppError(Exception):
    pass
class NotFound(AppError):
    pass
class Invalid(AppError):
    pass
def lookup(key):
    if key == "":
        raise Invalid("empty key")
    if key != "ok":
        raise NotFound("missing " + key)
    return "found"
for k in ["ok", "", "zzz"]:
    try:
        print(lookup(k))
    except NotFound as e:
        print("NotFound:", e)
    except AppError as e:
        print("AppError:", type(e).__name__, e)
e = NotFound("x", 1)
print(repr(e), str(e), e.args, isinstance(e, AppError), isinstance(e, Exception), issubclass(Invalid, AppError))
print(NotFound.__name__, type(e).__name__, type(e))
try:
    raise AppError
except AppError as err:
    print("bare class:", repr(err), err.args)
