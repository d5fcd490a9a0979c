# isinstance / issubclass over a hierarchy, __bases__, __subclasses__, dispatch by type.
class Node: pass
class Expr(Node): pass
class Stmt(Node): pass
class Num(Expr): pass
class Add(Expr): pass
class Print(Stmt): pass
class ExprStmt(Expr, Stmt): pass

classes = [Node, Expr, Stmt, Num, Add, Print, ExprStmt]
for c in classes:
    print(c.__name__.ljust(8), [b.__name__ for b in c.__bases__],
          "".join("X" if issubclass(c, d) else "." for d in classes))
print([c.__name__ for c in Node.__subclasses__()], [c.__name__ for c in Expr.__subclasses__()])
print(len(ExprStmt.__mro__), ExprStmt.__base__.__name__)

def kind(obj):
    if isinstance(obj, ExprStmt):
        return "both"
    if isinstance(obj, Num):
        return "number"
    if isinstance(obj, Expr):
        return "expression"
    if isinstance(obj, Stmt):
        return "statement"
    if isinstance(obj, Node):
        return "node"
    return "other"

print([kind(x) for x in [Num(), Add(), Print(), ExprStmt(), Node(), 3]])
print(isinstance(ExprStmt(), (Print, Num)), isinstance(ExprStmt(), (Print, Stmt)))
print(isinstance(Num(), ((Stmt, Print), (Add, Expr))))
print(issubclass(Num, ()), isinstance(3, ()))
print(all(issubclass(c, object) for c in classes), isinstance(Node, object))
