class ConfigError(Exception):
    pass
def load(settings):
    if "name" not in settings:
        raise ConfigError("missing 'name' in settings")
    return settings["name"]
print(load({"name": "app"}))
print(load({}))
