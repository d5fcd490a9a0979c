class ParseError(Exception):
    pass
class Empty(Exception):
    pass
errs = [ParseError(), ParseError("one"), ParseError("line", 3), ParseError(None), Empty("")]
for e in errs:
    print(repr(e), "|", str(e), "|", e.args)
def parse(tokens):
    if not tokens:
        raise Empty()
    for i, t in enumerate(tokens):
        if not t.isdigit():
            raise ParseError("bad token", i, t)
    return [int(t) for t in tokens]
for toks in [["1", "2"], [], ["1", "x"]]:
    try:
        print(parse(toks))
    except ParseError as e:
        msg, pos, tok = e.args
        print("ParseError at", pos, repr(tok), msg)
    except Empty as e:
        print("Empty", repr(e))
