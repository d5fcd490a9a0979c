import Runtime

/// `__future__`: `from __future__ import annotations` is a compiler directive (Frontend's
/// FutureFeatures) and, as in CPython, also a real import of this module. Each feature is
/// CPython's (optional release, mandatory release, compiler flag) triple, as a tuple rather than
/// a `_Feature` object.
func registerFutureModule() {
    registerModule("__future__") { () throws(PyError) -> Value in
        let m = makeModule("__future__")
        typealias Release = (Int, Int, Int, String, Int)
        // Built one feature at a time, each stored in the module before the next allocation
        // (a Swift array holding fresh values would hide them from the collector).
        func release(_ r: Release) -> Value {
            newTuple([newInt(r.0), newInt(r.1), newInt(r.2), internString(r.3), newInt(r.4)])
        }
        let features: [(String, Release, Release?, Int)] = [
            ("nested_scopes", (2, 1, 0, "beta", 1), (2, 2, 0, "alpha", 0), 0x0010),
            ("generators", (2, 2, 0, "alpha", 1), (2, 3, 0, "final", 0), 0),
            ("division", (2, 2, 0, "alpha", 2), (3, 0, 0, "alpha", 0), 0x20000),
            ("absolute_import", (2, 5, 0, "alpha", 1), (3, 0, 0, "alpha", 0), 0x40000),
            ("with_statement", (2, 5, 0, "alpha", 1), (2, 6, 0, "alpha", 0), 0x80000),
            ("print_function", (2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), 0x100000),
            ("unicode_literals", (2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), 0x200000),
            ("barry_as_FLUFL", (3, 1, 0, "alpha", 2), (4, 0, 0, "alpha", 0), 0x400000),
            ("generator_stop", (3, 5, 0, "beta", 1), (3, 7, 0, "alpha", 0), 0x800000),
            ("annotations", (3, 7, 0, "beta", 1), nil, 0x1000000),
        ]
        let names = newList(capacity: features.count)
        modSet(m, "all_feature_names", names)
        for (name, optional, mandatory, flag) in features {
            let triple = allocateTuple(count: 3)
            let items = TupleObject.items(triple)
            for i in 0..<3 { items[i] = .none }
            modSet(m, name, Value(triple))
            items[0] = release(optional)
            items[1] = mandatory.map(release) ?? .none
            items[2] = newInt(flag)
            listAppend(names.object(as: ListObject.self), internString(name))
        }
        return m
    }
}
