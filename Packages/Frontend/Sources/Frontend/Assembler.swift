import Bytecode

/// Turns a unit's pending instructions into a CodeUnit, as CPython 3.11's assembler does:
/// drops unreachable code and jumps to the next instruction, computes the stack depth of every
/// instruction (and so the handler depths), derives each instruction's exception handler from the
/// SETUP_*/POP_BLOCK markers, removes the markers and redundant NOPs, resolves jumps to absolute
/// indexes (JUMP_FORWARD or JUMP_BACKWARD), fills in artificial line numbers and flattens the
/// handlers into a sorted, non-overlapping exception table.
struct Assembler {
    private var instructions: [PendingInstruction]
    /// Instruction index each label points at.
    private var targets: [Int]
    private let builder: CodeUnitBuilder

    init(_ builder: CodeUnitBuilder) {
        self.builder = builder
        instructions = builder.instructions
        targets = builder.labelPositions
    }

    private func target(of instruction: PendingInstruction) -> Int { targets[instruction.oparg] }

    private func fallsThrough(_ instruction: PendingInstruction) -> Bool {
        switch instruction.op {
        case .jump: return false
        case .real(let opcode): return !opcode.flags.contains(.noflow)
        default: return true
        }
    }

    mutating func assemble(filename: String, flags: CodeFlags) -> CodeUnit {
        removeUnreachable()
        removeJumpsToNext()
        let depths = computeStackDepths()
        let handlers = computeHandlers(depths: depths.atInstruction)
        var handlerOf = handlers
        removeMarkersAndNops(handlers: &handlerOf)
        removeJumpsToNext(handlers: &handlerOf)
        propagateLines()

        let layout = LocalsLayout(builder)
        var finalInstructions: [Instruction] = []
        var lines: [Int32] = []
        finalInstructions.reserveCapacity(instructions.count)
        for (index, pending) in instructions.enumerated() {
            let opcode: Opcode
            var oparg = pending.oparg
            switch pending.op {
            case .jump:
                let destination = target(of: pending)
                opcode = destination <= index ? .JUMP_BACKWARD : .JUMP_FORWARD
                oparg = destination
            case .real(let real):
                opcode = real
                if real.flags.contains(.jump) || real.flags.contains(.branch) {
                    oparg = target(of: pending)
                } else if let variable = pending.variable {
                    oparg = layout.slot(of: variable)
                }
            default:
                preconditionFailure("pseudo-instruction left after assembly")
            }
            finalInstructions.append(Instruction(opcode, oparg))
            lines.append(Int32(max(pending.line, 0)))
        }

        var table: [ExceptionTableEntry] = []
        for (index, handler) in handlerOf.enumerated() {
            guard let handler = handler else { continue }
            let handlerIndex = Int32(targets[handler.label])
            if var last = table.last, last.end == Int32(index), last.handler == handlerIndex,
               last.depth == Int32(handler.depth), last.pushLastIndex == handler.lasti {
                last.end += 1
                table[table.count - 1] = last
            } else {
                table.append(ExceptionTableEntry(start: Int32(index), end: Int32(index + 1), handler: handlerIndex,
                                                 depth: Int32(handler.depth), pushLastIndex: handler.lasti))
            }
        }

        var codeFlags = flags
        if builder.freevars.isEmpty && builder.cellvars.isEmpty { codeFlags.insert(.noFree) }
        let unit = CodeUnit(name: builder.name, qualifiedName: builder.qualifiedName, filename: filename,
                            firstLine: builder.firstLine, argCount: builder.argCount + builder.positionalOnlyArgCount,
                            positionalOnlyArgCount: builder.positionalOnlyArgCount,
                            keywordOnlyArgCount: builder.keywordOnlyArgCount, flags: codeFlags,
                            localNames: layout.names, localKinds: layout.kinds, names: builder.names,
                            constants: builder.constants, instructions: finalInstructions, lines: lines,
                            exceptionTable: table,
                            stackSize: depths.maximum + (codeFlags.contains(.generator) ? 1 : 0))
        unit.docstring = builder.docstring
        return unit
    }

    // MARK: - Dead code

    /// Keep only instructions reachable from the entry (through fall-through, jumps and handlers).
    private mutating func removeUnreachable() {
        var reachable = [Bool](repeating: false, count: instructions.count)
        var worklist = [0]
        while let start = worklist.popLast() {
            var index = start
            while index < instructions.count && !reachable[index] {
                reachable[index] = true
                let instruction = instructions[index]
                if instruction.hasLabelTarget { worklist.append(target(of: instruction)) }
                if !fallsThrough(instruction) { break }
                index += 1
            }
        }
        remove(where: { !reachable[$0] })
    }

    /// An unconditional jump to the very next instruction does nothing: make it a NOP (its line
    /// may still matter, see removeMarkersAndNops).
    private mutating func removeJumpsToNext() {
        for index in instructions.indices where instructions[index].op == .jump && target(of: instructions[index]) == index + 1 {
            instructions[index].op = .real(.NOP)
        }
    }

    /// After NOP removal a jump may have become a jump to the next instruction: drop it.
    private mutating func removeJumpsToNext(handlers: inout [Handler?]) {
        let snapshot = instructions
        let labelTargets = targets
        remove(where: { snapshot[$0].op == .jump && labelTargets[snapshot[$0].oparg] == $0 + 1 }, handlers: &handlers)
    }

    /// Delete the instructions `shouldRemove` selects, moving labels to the next kept instruction.
    private mutating func remove(where shouldRemove: (Int) -> Bool, handlers: inout [Handler?]) {
        var newIndex = [Int](repeating: 0, count: instructions.count + 1)
        var kept: [PendingInstruction] = []
        var keptHandlers: [Handler?] = []
        for index in instructions.indices {
            newIndex[index] = kept.count
            if !shouldRemove(index) {
                kept.append(instructions[index])
                if !handlers.isEmpty { keptHandlers.append(handlers[index]) }
            }
        }
        newIndex[instructions.count] = kept.count
        for label in targets.indices where targets[label] >= 0 {
            targets[label] = newIndex[min(targets[label], instructions.count)]
        }
        instructions = kept
        if !handlers.isEmpty { handlers = keptHandlers }
    }

    private mutating func remove(where shouldRemove: (Int) -> Bool) {
        var none: [Handler?] = []
        remove(where: shouldRemove, handlers: &none)
    }

    // MARK: - Stack depth

    struct Depths {
        var atInstruction: [Int]
        var maximum: Int
    }

    /// Depth before each instruction (CPython's stackdepth()). SETUP_* markers act as branches to
    /// their handler, which starts with the exception (and lasti) pushed.
    private func computeStackDepths() -> Depths {
        var depthAt = [Int](repeating: -1, count: instructions.count)
        var maximum = 0
        var worklist: [(Int, Int)] = [(0, 0)]
        func push(_ index: Int, _ depth: Int) {
            guard index < instructions.count else { return }
            if depthAt[index] == -1 {
                worklist.append((index, depth))
            } else {
                assert(depthAt[index] == depth, "inconsistent stack depth at \(index) in \(builder.qualifiedName)")
            }
        }
        while let (start, startDepth) = worklist.popLast() {
            var index = start
            var depth = startDepth
            while index < instructions.count {
                if depthAt[index] != -1 {
                    assert(depthAt[index] == depth, "inconsistent stack depth at \(index) in \(builder.qualifiedName)")
                    break
                }
                depthAt[index] = depth
                maximum = max(maximum, depth)
                let instruction = instructions[index]
                switch instruction.op {
                case .jump:
                    push(target(of: instruction), depth)
                case .setupFinally, .setupWith:
                    push(target(of: instruction), depth + 1)
                    maximum = max(maximum, depth + 1)
                case .setupCleanup:
                    push(target(of: instruction), depth + 2)
                    maximum = max(maximum, depth + 2)
                case .popBlock:
                    break
                case .real(let opcode):
                    let oparg = instruction.oparg
                    if opcode.flags.contains(.branch) {
                        let jumpDepth = depth + opcode.stackEffect(oparg: oparg, jump: true)
                        maximum = max(maximum, jumpDepth)
                        push(target(of: instruction), jumpDepth)
                    }
                    depth += opcode.stackEffect(oparg: oparg)
                    assert(depth >= 0, "negative stack depth after \(opcode.name) at \(index) in \(builder.qualifiedName)")
                    maximum = max(maximum, depth)
                }
                if !fallsThrough(instruction) { break }
                index += 1
            }
        }
        return Depths(atInstruction: depthAt, maximum: maximum)
    }

    // MARK: - Exception handlers

    struct Handler: Equatable {
        /// Label id of the handler.
        var label: Int
        /// Stack depth to unwind to before pushing (lasti and) the exception.
        var depth: Int
        var lasti: Bool
    }

    /// The innermost active handler of every instruction (CPython's label_exception_targets):
    /// SETUP_* pushes a handler, POP_BLOCK pops it; a handler block itself runs under the
    /// handlers that were active at its SETUP.
    private func computeHandlers(depths: [Int]) -> [Handler?] {
        var handlers = [Handler?](repeating: nil, count: instructions.count)
        var visited = [Bool](repeating: false, count: instructions.count)
        var worklist: [(Int, [Handler])] = [(0, [])]
        func push(_ index: Int, _ stack: [Handler]) {
            if index < instructions.count && !visited[index] { worklist.append((index, stack)) }
        }
        while let (start, initialStack) = worklist.popLast() {
            var index = start
            var stack = initialStack
            while index < instructions.count && !visited[index] {
                visited[index] = true
                let instruction = instructions[index]
                switch instruction.op {
                case .setupFinally, .setupCleanup, .setupWith:
                    push(target(of: instruction), stack)
                    let depth = depths[index]
                    switch instruction.op {
                    case .setupFinally: stack.append(Handler(label: instruction.oparg, depth: depth, lasti: false))
                    case .setupCleanup: stack.append(Handler(label: instruction.oparg, depth: depth, lasti: true))
                    default: stack.append(Handler(label: instruction.oparg, depth: depth - 1, lasti: true))
                    }
                case .popBlock:
                    if !stack.isEmpty { stack.removeLast() }
                default:
                    handlers[index] = stack.last
                    if instruction.hasLabelTarget { push(target(of: instruction), stack) }
                }
                if !fallsThrough(instruction) { break }
                index += 1
            }
        }
        return handlers
    }

    // MARK: - Markers, NOPs and lines

    /// SETUP_*/POP_BLOCK become NOPs; a NOP survives only when it carries a line number that no
    /// neighbour carries (CPython's remove_redundant_nops), so line events stay as in CPython.
    private mutating func removeMarkersAndNops(handlers: inout [Handler?]) {
        for index in instructions.indices {
            switch instructions[index].op {
            case .setupFinally, .setupCleanup, .setupWith, .popBlock:
                instructions[index].op = .real(.NOP)
                instructions[index].oparg = 0
            default: break
            }
        }
        var isTarget = [Bool](repeating: false, count: instructions.count + 1)
        for instruction in instructions where instruction.hasLabelTarget { isTarget[target(of: instruction)] = true }
        var dropped = [Bool](repeating: false, count: instructions.count)
        var previousLine = -1
        for index in instructions.indices {
            let line = instructions[index].line
            if isTarget[index] { previousLine = -1 }
            if instructions[index].op == .real(.NOP) {
                var drop = false
                if line < 0 || line == previousLine {
                    drop = true
                } else if index + 1 < instructions.count && !isTarget[index + 1] {
                    let nextLine = instructions[index + 1].line
                    if nextLine < 0 || nextLine == line {
                        instructions[index + 1].line = line
                        drop = true
                    }
                } else if index + 1 < instructions.count && instructions[index + 1].line == line {
                    drop = true
                }
                if drop {
                    dropped[index] = true
                    continue
                }
            }
            previousLine = line
        }
        // Never leave a unit empty.
        if dropped.allSatisfy({ $0 }) && !dropped.isEmpty { dropped[dropped.count - 1] = false }
        let drop = dropped
        remove(where: { drop[$0] }, handlers: &handlers)
    }

    /// Artificial instructions take the line of the instruction that flows into them.
    private mutating func propagateLines() {
        var jumpSources = [Int](repeating: 0, count: instructions.count + 1)
        var jumpLine = [Int](repeating: -1, count: instructions.count + 1)
        for instruction in instructions where instruction.hasLabelTarget {
            let destination = target(of: instruction)
            jumpSources[destination] += 1
            jumpLine[destination] = instruction.line
        }
        for index in instructions.indices where instructions[index].line < 0 {
            if index > 0 && fallsThrough(instructions[index - 1]) {
                instructions[index].line = instructions[index - 1].line
            } else if jumpSources[index] == 1 {
                instructions[index].line = jumpLine[index]
            }
        }
    }
}

/// The final localsplus layout: variable names (parameters first, then other fast locals in
/// order of first use), then cells that are not parameters, then free variables.
struct LocalsLayout {
    var names: [String] = []
    var kinds: [LocalKind] = []
    private var cellSlots: [Int] = []
    private var freeSlots: [Int] = []

    init(_ builder: CodeUnitBuilder) {
        names = builder.varnames
        kinds = [LocalKind](repeating: .local, count: names.count)
        for cell in builder.cellvars {
            if let index = builder.varnames.firstIndex(of: cell) {
                kinds[index].insert(.cell)
                cellSlots.append(index)
            } else {
                names.append(cell)
                kinds.append(.cell)
                cellSlots.append(names.count - 1)
            }
        }
        for free in builder.freevars {
            names.append(free)
            kinds.append(.free)
            freeSlots.append(names.count - 1)
        }
    }

    func slot(of variable: VariableReference) -> Int {
        switch variable {
        case .fast(let index): return index
        case .cell(let index): return cellSlots[index]
        case .free(let index): return freeSlots[index]
        }
    }
}
