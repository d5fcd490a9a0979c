# A tiny interpreter: a tokenizer, a recursive-descent parser building node classes,
# evaluation with variables, and a pretty-printer.
class Node:
    pass

class Num(Node):
    def __init__(self, value):
        self.value = value
    def eval(self, env):
        return self.value
    def show(self):
        return str(self.value)

class Var(Node):
    def __init__(self, name):
        self.name = name
    def eval(self, env):
        if self.name not in env:
            raise NameError("undefined variable " + self.name)
        return env[self.name]
    def show(self):
        return self.name

class BinOp(Node):
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
           "*": lambda a, b: a * b, "/": lambda a, b: a // b, "^": lambda a, b: a ** b}
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right
    def eval(self, env):
        a, b = self.left.eval(env), self.right.eval(env)
        if self.op == "/" and b == 0:
            raise ZeroDivisionError("division by zero in " + self.show())
        return BinOp.ops[self.op](a, b)
    def show(self):
        return "(%s %s %s)" % (self.left.show(), self.op, self.right.show())

class Neg(Node):
    def __init__(self, operand):
        self.operand = operand
    def eval(self, env):
        return -self.operand.eval(env)
    def show(self):
        return "-" + self.operand.show()

class Let(Node):
    def __init__(self, name, value, body):
        self.name, self.value, self.body = name, value, body
    def eval(self, env):
        inner = dict(env)
        inner[self.name] = self.value.eval(env)
        return self.body.eval(inner)
    def show(self):
        return "let %s = %s in %s" % (self.name, self.value.show(), self.body.show())

def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            j = i
            while j < len(text) and text[j].isdigit():
                j += 1
            tokens.append(("num", int(text[i:j])))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            word = text[i:j]
            tokens.append(("kw" if word in ("let", "in") else "id", word))
            i = j
        elif ch in "+-*/^()=":
            tokens.append(("op", ch))
            i += 1
        else:
            raise SyntaxError("bad character %r at %d" % (ch, i))
    return tokens

class Parser:
    def __init__(self, text):
        self.tokens = tokenize(text)
        self.pos = 0
    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ("eof", None)
    def take(self, kind=None, value=None):
        tok = self.peek()
        if (kind and tok[0] != kind) or (value and tok[1] != value):
            raise SyntaxError("expected %s, got %r" % (value or kind, tok[1]))
        self.pos += 1
        return tok
    def parse(self):
        node = self.expr()
        if self.peek()[0] != "eof":
            raise SyntaxError("trailing input %r" % (self.peek()[1],))
        return node
    def expr(self):
        if self.peek() == ("kw", "let"):
            self.take()
            name = self.take("id")[1]
            self.take("op", "=")
            value = self.expr()
            self.take("kw", "in")
            return Let(name, value, self.expr())
        node = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            node = BinOp(op, node, self.term())
        return node
    def term(self):
        node = self.factor()
        while self.peek()[1] in ("*", "/"):
            op = self.take()[1]
            node = BinOp(op, node, self.factor())
        return node
    def factor(self):
        base = self.unary()
        if self.peek()[1] == "^":
            self.take()
            return BinOp("^", base, self.factor())
        return base
    def unary(self):
        if self.peek()[1] == "-":
            self.take()
            return Neg(self.unary())
        return self.atom()
    def atom(self):
        kind, value = self.peek()
        if kind == "num":
            self.take()
            return Num(value)
        if kind == "id":
            self.take()
            return Var(value)
        if value == "(":
            self.take()
            node = self.expr()
            self.take("op", ")")
            return node
        raise SyntaxError("unexpected %r" % (value,))

programs = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ^ 3 ^ 2",
    "-2 ^ 2 + x * 10",
    "let y = x * 2 in y * y - 1",
    "let a = 5 in let b = a + 1 in a * b / 2",
    "100 / (x - 4)",
    "1 + z",
    "3 + * 4",
    "(1 + 2",
    "4 $ 4",
]
env = {"x": 4}
for src in programs:
    try:
        tree = Parser(src).parse()
        print("%-40s %-45s = %s" % (src, tree.show(), tree.eval(env)))
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print("%-40s %s: %s" % (src, type(e).__name__, e))
print(sum(Parser("let k = %d in k * k + k" % i).parse().eval({}) for i in range(50)))
