def attempt(label, fn):
    try:
        fn()
        print(label, "no error")
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
attempt("list", lambda: [1, 2][5])
attempt("list neg", lambda: [][-1])
attempt("tuple", lambda: (1,)[3])
attempt("str", lambda: "ab"[2])
attempt("range", lambda: range(3)[3])
attempt("dict", lambda: {"a": 1}["b"])
attempt("dict int key", lambda: {1: 1}[2])
attempt("set remove", lambda: set().remove(1))
attempt("list pop", lambda: [].pop())
attempt("list pop idx", lambda: [1].pop(3))
attempt("list assign", lambda: [0].__setitem__(1, 0))
abc = "abc"
attempt("str idx type", lambda: abc[None])
one_list = [1]
attempt("list idx type", lambda: one_list[None])
one_tuple = (1,)
zero_str = "0"
attempt("tuple idx type", lambda: one_tuple[zero_str])
attempt("list.index", lambda: [1, 2].index(3))
attempt("str.index", lambda: "abc".index("z"))
attempt("tuple.index", lambda: (1,).index(2))
