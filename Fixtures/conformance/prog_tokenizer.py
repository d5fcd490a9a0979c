# A small tokenizer and recursive-descent evaluator for arithmetic expressions.
def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text)))
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        elif c in "+-*/%()^,":
            tokens.append(("op", c))
            i += 1
        else:
            raise ValueError("unexpected character " + repr(c) + " at " + str(i))
    tokens.append(("end", None))
    return tokens

def parse(tokens, env):
    pos = [0]
    def peek():
        return tokens[pos[0]]
    def take(kind=None, value=None):
        tok = tokens[pos[0]]
        if kind is not None and (tok[0] != kind or (value is not None and tok[1] != value)):
            raise SyntaxError("expected " + str(value or kind) + " got " + repr(tok[1]))
        pos[0] += 1
        return tok
    def expr():
        v = term()
        while peek() in (("op", "+"), ("op", "-")):
            op = take()[1]
            r = term()
            v = v + r if op == "+" else v - r
        return v
    def term():
        v = power()
        while peek()[0] == "op" and peek()[1] in "*/%":
            op = take()[1]
            r = power()
            if op == "*":
                v = v * r
            elif op == "/":
                v = v / r
            else:
                v = v % r
        return v
    def power():
        base = unary()
        if peek() == ("op", "^"):
            take()
            return base ** power()
        return base
    def unary():
        if peek() == ("op", "-"):
            take()
            return -unary()
        return atom()
    def atom():
        tok = take()
        if tok[0] == "num":
            return tok[1]
        if tok[0] == "name":
            if peek() == ("op", "("):
                take()
                args = [expr()]
                while peek() == ("op", ","):
                    take()
                    args.append(expr())
                take("op", ")")
                return env[tok[1]](*args)
            return env[tok[1]]
        if tok == ("op", "("):
            v = expr()
            take("op", ")")
            return v
        raise SyntaxError("unexpected " + repr(tok[1]))
    result = expr()
    take("end")
    return result

env = {"x": 3, "y": 4.5, "max": max, "min": min, "abs": abs}
for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2", "10 / 4", "10 % 4 + y", "max(1, x, 2) * min(5, 7)",
            "abs(-7.25) + 0.75", "2 ^ 100", "1 +", "3 $ 4", "(1", "unknown + 1", "1 / 0"]:
    try:
        print(repr(src), "->", parse(tokenize(src), env))
    except (ValueError, SyntaxError, KeyError, ZeroDivisionError) as e:
        print(repr(src), "->", type(e).__name__, e)
print([t for t in tokenize("f(a_1, 2.5)")])
