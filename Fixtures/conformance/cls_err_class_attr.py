# Uncaught AttributeError on a class object (instance attributes are not class attributes).
class Config:
    debug = True

    def __init__(self):
        self.level = 3

c = Config()
print(Config.debug, c.debug, c.level)
print(Config.level)
