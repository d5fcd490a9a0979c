import Bytecode

// Calls in CPython 3.13's stack layout: [callable, self_or_null, args...]. Plain calls are
// `<callable>; PUSH_NULL; <args>; CALL n`, method calls `<obj>; LOAD_METHOD m; <args>; CALL n`,
// keyword arguments add `LOAD_CONST (names); CALL_KW n`, and any *args/**kwargs (or very many
// arguments) go through CALL_FUNCTION_EX with a tuple and an optional dict.

extension Compiler {
    func compileCall(_ expression: Expression) throws {
        guard case let .call(function, args, keywords) = expression.kind else { preconditionFailure() }
        if try compileMethodCall(function: function, args: args, keywords: keywords) { return }
        try compileExpression(function)
        unit.emit(.PUSH_NULL)
        try compileCallArguments(args, keywords, alreadyPushed: 0)
    }

    /// `obj.name(args)` without * or ** (CPython's maybe_optimize_method_call).
    private func compileMethodCall(function: Expression, args: [Expression], keywords: [Keyword]) throws -> Bool {
        guard case let .attribute(object, attr, .load) = function.kind else { return false }
        if args.count + keywords.count + (keywords.isEmpty ? 0 : 1) >= Compiler.stackUseGuideline { return false }
        if args.contains(where: isStarred) || keywords.contains(where: { $0.arg == nil }) { return false }
        try validateKeywords(keywords)
        if try !compileSuperAttribute(function, value: object, attr: attr, isMethod: true) {
            try compileExpression(object)
            unit.currentLine = function.range.endLine
            unit.emit(.LOAD_METHOD, mangledNameSlot(attr))
        }
        for arg in args { try compileExpression(arg) }
        try emitSimpleCall(positional: args.count, keywords: keywords)
        return true
    }

    /// Keyword values, then CALL or `LOAD_CONST (names); CALL_KW`.
    private func emitSimpleCall(positional: Int, keywords: [Keyword]) throws {
        for keyword in keywords { try compileExpression(keyword.value) }
        if keywords.isEmpty {
            unit.emit(.CALL, positional)
        } else {
            unit.emitLoadConstant(.tuple(keywords.map { .str($0.arg!) }))
            unit.emit(.CALL_KW, positional + keywords.count)
        }
    }

    /// "keyword argument repeated" is a compile-time error (CPython's validate_keywords).
    func validateKeywords(_ keywords: [Keyword]) throws {
        for (index, keyword) in keywords.enumerated() {
            guard let name = keyword.arg else { continue }
            if let repeated = keywords[(index + 1)...].first(where: { $0.arg == name }) {
                throw syntaxError("keyword argument repeated: \(name)", at: repeated.range)
            }
        }
    }

    /// The arguments after the callable and self_or_null (CPython's compiler_call_helper);
    /// `alreadyPushed` positional arguments are on the stack already.
    func compileCallArguments(_ args: [Expression], _ keywords: [Keyword], alreadyPushed: Int) throws {
        try validateKeywords(keywords)
        let needsExtendedCall = args.count + keywords.count * 2 > Compiler.stackUseGuideline
            || args.contains(where: isStarred) || keywords.contains(where: { $0.arg == nil })
        if !needsExtendedCall {
            for arg in args { try compileExpression(arg) }
            try emitSimpleCall(positional: alreadyPushed + args.count, keywords: keywords)
            return
        }
        // Positional arguments as one tuple; a lone `*x` is passed as is and CALL_FUNCTION_EX
        // converts it (so its error names the function, as in CPython).
        if alreadyPushed == 0, args.count == 1, case .starred(let value, _) = args[0].kind {
            try compileExpression(value)
        } else {
            try compileStarredSequence(args, pushed: alreadyPushed, build: .BUILD_LIST, add: .LIST_APPEND,
                                       extend: .LIST_EXTEND, asTuple: true)
        }
        // Keyword arguments as one dict.
        if !keywords.isEmpty {
            var haveDict = false
            var pending = 0
            for (index, keyword) in keywords.enumerated() {
                if keyword.arg == nil {
                    if pending > 0 {
                        try compileKeywordGroup(Array(keywords[(index - pending)..<index]))
                        if haveDict { unit.emit(.DICT_MERGE, 1) }
                        haveDict = true
                        pending = 0
                    }
                    if !haveDict {
                        unit.emit(.BUILD_MAP, 0)
                        haveDict = true
                    }
                    try compileExpression(keyword.value)
                    unit.emit(.DICT_MERGE, 1)
                } else {
                    pending += 1
                }
            }
            if pending > 0 {
                try compileKeywordGroup(Array(keywords[(keywords.count - pending)...]))
                if haveDict { unit.emit(.DICT_MERGE, 1) }
            }
        }
        unit.emit(.CALL_FUNCTION_EX, keywords.isEmpty ? 0 : 1)
    }

    /// A run of named keyword arguments as a dict (CPython's compiler_subkwargs).
    private func compileKeywordGroup(_ keywords: [Keyword]) throws {
        let big = keywords.count * 2 > Compiler.stackUseGuideline
        if keywords.count > 1 && !big {
            for keyword in keywords { try compileExpression(keyword.value) }
            unit.emitLoadConstant(.tuple(keywords.map { .str($0.arg!) }))
            unit.emit(.BUILD_CONST_KEY_MAP, keywords.count)
            return
        }
        if big { unit.emitArtificial(.BUILD_MAP, 0) }
        for keyword in keywords {
            unit.emitLoadConstant(.str(keyword.arg!))
            try compileExpression(keyword.value)
            if big { unit.emitArtificial(.MAP_ADD, 1) }
        }
        if !big { unit.emit(.BUILD_MAP, keywords.count) }
    }

    // MARK: - Displays

    /// A list, tuple or set display, possibly with `*x` items (CPython's starunpack_helper).
    /// `pushed` items are already on the stack and become the first elements.
    func compileStarredSequence(_ elements: [Expression], pushed: Int, build: Opcode, add: Opcode,
                                extend: Opcode, asTuple: Bool) throws {
        let count = elements.count
        if count > 2, case .tuple(let items)? = constantTuple(elements) {
            if asTuple && pushed == 0 {
                unit.emitLoadConstant(.tuple(items))
            } else {
                unit.emit(build, pushed)
                unit.emitLoadConstant(add == .SET_ADD ? .frozenset(items) : .tuple(items))
                unit.emit(extend, 1)
                if asTuple { unit.emit(.LIST_TO_TUPLE) }
            }
            return
        }
        let big = count + pushed > Compiler.stackUseGuideline
        let hasStar = elements.contains(where: isStarred)
        if !hasStar && !big {
            for element in elements { try compileExpression(element) }
            // A tuple of constants becomes one constant (CPython's optimizer does this too).
            if !asTuple || !unit.foldConstantTuple(count: count + pushed) {
                unit.emit(asTuple ? .BUILD_TUPLE : build, count + pushed)
            }
            return
        }
        var built = false
        if big {
            unit.emit(build, pushed)
            built = true
        }
        for (index, element) in elements.enumerated() {
            if case .starred(let value, _) = element.kind {
                if !built {
                    unit.emit(build, index + pushed)
                    built = true
                }
                try compileExpression(value)
                unit.emit(extend, 1)
            } else {
                try compileExpression(element)
                if built { unit.emit(add, 1) }
            }
        }
        if asTuple { unit.emit(.LIST_TO_TUPLE) }
    }

    /// A list or tuple in any context: a display, an assignment target or a `del` target.
    func compileSequence(_ elements: [Expression], _ context: ExpressionContext, build: Opcode, asTuple: Bool) throws {
        switch context {
        case .load:
            try compileStarredSequence(elements, pushed: 0, build: build, add: .LIST_APPEND, extend: .LIST_EXTEND,
                                       asTuple: asTuple)
        case .store:
            try compileUnpacking(elements)
        case .del:
            for element in elements { try compileExpression(element) }
        }
    }

    /// CPython's compiler_dict: runs of `key: value` pairs (BUILD_CONST_KEY_MAP when the keys
    /// are constants) merged with `**mapping` items by DICT_UPDATE.
    func compileDictionary(keys: [Expression?], values: [Expression]) throws {
        var haveDict = false
        var pending = 0
        for index in values.indices {
            if keys[index] == nil {
                if pending > 0 {
                    try compileDictionaryRun(keys: keys, values: values, range: (index - pending)..<index)
                    if haveDict { unit.emit(.DICT_UPDATE, 1) }
                    haveDict = true
                    pending = 0
                }
                if !haveDict {
                    unit.emit(.BUILD_MAP, 0)
                    haveDict = true
                }
                try compileExpression(values[index])
                unit.emit(.DICT_UPDATE, 1)
            } else if pending * 2 > Compiler.stackUseGuideline {
                try compileDictionaryRun(keys: keys, values: values, range: (index - pending)..<(index + 1))
                if haveDict { unit.emit(.DICT_UPDATE, 1) }
                haveDict = true
                pending = 0
            } else {
                pending += 1
            }
        }
        if pending > 0 {
            try compileDictionaryRun(keys: keys, values: values, range: (values.count - pending)..<values.count)
            if haveDict { unit.emit(.DICT_UPDATE, 1) }
            haveDict = true
        }
        if !haveDict { unit.emit(.BUILD_MAP, 0) }
    }

    /// CPython's compiler_subdict.
    private func compileDictionaryRun(keys: [Expression?], values: [Expression], range: Range<Int>) throws {
        let count = range.count
        let big = count * 2 > Compiler.stackUseGuideline
        let constantKeys = range.compactMap { keys[$0].flatMap(constantValue(of:)) }
        if count > 1 && !big && constantKeys.count == count {
            for index in range { try compileExpression(values[index]) }
            unit.emitLoadConstant(.tuple(constantKeys))
            unit.emit(.BUILD_CONST_KEY_MAP, count)
            return
        }
        if big { unit.emit(.BUILD_MAP, 0) }
        for index in range {
            try compileExpression(keys[index]!)
            try compileExpression(values[index])
            if big { unit.emit(.MAP_ADD, 1) }
        }
        if !big { unit.emit(.BUILD_MAP, count) }
    }

    /// f-strings: the pieces then BUILD_STRING (one piece needs none); very many pieces are
    /// joined with `''.join([...])` (CPython's compiler_joined_str).
    func compileJoinedString(_ values: [Expression]) throws {
        if values.count > Compiler.stackUseGuideline {
            unit.emitLoadConstant(.str(""))
            unit.emit(.LOAD_METHOD, unit.nameSlot("join"))
            unit.emit(.BUILD_LIST, 0)
            for value in values {
                try compileExpression(value)
                unit.emit(.LIST_APPEND, 1)
            }
            unit.emit(.CALL, 1)
        } else {
            for value in values { try compileExpression(value) }
            if values.count != 1 { unit.emit(.BUILD_STRING, values.count) }
        }
    }
}
