def render(value, indent=0):
    pad = "  " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        parts = []
        for k in value:
            parts.append(pad + "  " + quote(str(k)) + ": " + render(value[k], indent + 1))
        return "{\n" + ",\n".join(parts) + "\n" + pad + "}"
    if isinstance(value, list):
        if not value:
            return "[]"
        if all(not isinstance(v, (list, dict)) for v in value):
            return "[" + ", ".join(render(v) for v in value) + "]"
        return "[\n" + ",\n".join(pad + "  " + render(v, indent + 1) for v in value) + "\n" + pad + "]"
    if isinstance(value, str):
        return quote(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    return repr(value)
def quote(s):
    out = '"'
    for ch in s:
        if ch == '"':
            out += '\\"'
        elif ch == "\\":
            out += "\\\\"
        elif ch == "\n":
            out += "\\n"
        elif ord(ch) < 32:
            out += "\\u%04x" % ord(ch)
        else:
            out += ch
    return out + '"'
doc = {
    "name": "hotpath",
    "version": [0, 1, 0],
    "tags": ["jit", "python", "swift"],
    "nested": {"empty_list": [], "empty_dict": {}, "flag": True, "nothing": None, "ratio": 0.75},
    "records": [{"id": 1, "ok": False}, {"id": 2, "note": "say \"hi\"\n\tbye"}],
    "matrix": [[1, 2], [3, 4]],
}
print(render(doc))
def depth(v):
    if isinstance(v, dict):
        return 1 + max([depth(x) for x in v.values()], default=0)
    if isinstance(v, list):
        return 1 + max([depth(x) for x in v], default=0)
    return 0
print("depth", depth(doc))
