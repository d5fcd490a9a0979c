import Runtime

extension Superblock {
    /// The text `--dump-uops` prints: every uop with its operands, immediate, exit and the
    /// source line it came from.
    public func dump(title: String) -> String {
        var out = "superblock \(title): \(instructions.count) uops, \(exits.count) exits\(loopBack != nil || loop != nil ? ", loops" : "")\n"
        for (i, constant) in constants.enumerated() {
            out += "  c\(i) = \(describeConstant(constant))\n"
        }
        var lastOrigin: Int32 = -1
        for (i, instruction) in instructions.enumerated() {
            if instruction.origin != lastOrigin {
                let origin = origins[Int(instruction.origin)]
                let code = codes[Int(origin.code)]
                out += "  # \(code.pointee.qualifiedName.stringValue) @\(origin.instructionIndex) line \(origin.line)\n"
                lastOrigin = instruction.origin
            }
            var text = "  v\(i) = \(instruction.uop.name)"
            let args = operands(of: instruction).map(\.description)
            if !args.isEmpty { text += " " + args.joined(separator: ", ") }
            if instruction.uop.immediateKind != "none" { text += " [\(instruction.uop.immediateKind)=\(instruction.immediate)]" }
            if instruction.exit >= 0 { text += " -> exit \(instruction.exit)" }
            if instruction.raiseExit >= 0 { text += " (raises: exit \(instruction.raiseExit))" }
            out += text + "\n"
        }
        if let loop = loopBack {
            out += "  loop back: " + describe(loop) + "\n"
        }
        if let loop {
            out += "  loop: back to v\(loop.target) with " + loop.backEdge.map { "\($0.phi) = \($0.value)" }.joined(separator: ", ") + "\n"
        }
        for (i, exit) in exits.enumerated() {
            out += "  exit \(i) (\(exit.kind), \(exit.reason)): " + exit.frames.map(describe).joined(separator: " | ")
            for object in exit.objects {
                out += " {\(object.ref) = \(object.cls)(" + object.slots.map(\.description).joined(separator: " ") + ")}"
            }
            out += "\n"
        }
        return out
    }

    func describe(_ frame: FrameSnapshot) -> String {
        let code = codes[Int(frame.code)]
        let names = code.pointee.localNames
        let locals = frame.locals.map { "\(names.tupleItems[Int($0.slot)].stringValue)=\($0.value)" }
        return "\(code.pointee.qualifiedName.stringValue)@\(frame.resumeIndex)\(frame.isVirtual ? " (new frame)" : "") locals[\(locals.joined(separator: " "))] stack[\(frame.stack.map(\.description).joined(separator: " "))]"
    }

    func describeConstant(_ v: Value) -> String {
        if v.isNull { return "NULL" }
        if v.isSmallInt { return String(v.smallInt) }
        if v.isFloat { return String(v.float) }
        if v.isNone { return "None" }
        if v.bits == Value.true.bits { return "True" }
        if v.bits == Value.false.bits { return "False" }
        if v.isObject {
            let type = v.header.pointee.type.pointee.name.stringValue
            if v.header.pointee.kind == .str { return "'" + v.stringValue + "'" }
            if v.header.pointee.kind == .function {
                return "<function \(v.object(as: FunctionObject.self).pointee.qualifiedName.stringValue)>"
            }
            return "<\(type)>"
        }
        return "0x" + String(v.bits, radix: 16)
    }
}
