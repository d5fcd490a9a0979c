import Runtime

/// str: its methods, the format mini-language, str.format, %-formatting, chr, ord, format, ascii.
func registerStringBuiltins(_ builtins: Value) {
    let types = rt.pointee.types
    defineConstructor(types.str) { args, count, keywordNames throws(PyError) in
        try checkPositional("str", count - 1, keywordNames, min: 0, max: 1)
        let result = count == 1 ? newString("") : try strOf(args[1])
        if args[0].bits != Value(rt.pointee.types.str).bits {
            let copy = newString(codePoints: codePointsOf(result))
            copy.header.pointee.type = args[0].object(as: TypeObject.self)
            return copy
        }
        return result
    }
}
