class StorageError(Exception):
    pass
def read(db, key):
    try:
        return db[key]
    except KeyError as e:
        raise StorageError("no record", key) from e
print(read({"a": 1}, "a"))
read({}, "b")
