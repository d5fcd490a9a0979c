# Uncaught custom exception with a __str__ override, raised from another one.
class ValidationError(Exception):
    def __init__(self, field, value):
        super().__init__(field, value)
        self.field = field
        self.value = value

    def __str__(self):
        return "invalid %s: %r" % (self.field, self.value)

def validate(age):
    try:
        n = int(age)
    except ValueError as e:
        raise ValidationError("age", age) from e
    return n

print(validate("42"))
print(validate("forty"))
