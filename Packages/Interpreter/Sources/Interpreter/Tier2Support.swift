import Bytecode
import Runtime

/// The Tier 1 operations Tier 2 calls (uop interpreter, machine-code helpers): one public
/// surface, so the interpreter's internals stay internal.
public enum Tier1 {
    /// GET_ITER: the iterator, marked as the loop's own when `afterCall` (see markLoopOwnedGenerator).
    public static func iterator(of iterable: Value, afterCall: Bool) throws(PyError) -> Value {
        let iterator = try getIterator(iterable)
        if afterCall { markLoopOwnedGenerator(iterator, previousOpcode: Opcode.CALL.rawValue) }
        return iterator
    }

    /// POP_TOP: a loop-owned suspended generator is finalized.
    public static func releaseValue(_ value: Value) {
        releaseStackValue(value)
    }

    public static func formatValue(_ value: Value, conversion: Int, spec: Value) throws(PyError) -> Value {
        try formatValueInTier1(value, conversion: conversion, spec: spec)
    }

    /// UNPACK_SEQUENCE / UNPACK_EX into a tuple of the items in order (raising as Tier 1 does).
    public static func unpackToTuple(_ sequence: Value, before: Int, after: Int) throws(PyError) -> Value {
        let total = after < 0 ? before : before + 1 + after
        return try withScratch(total) { scratch throws(PyError) -> Value in
            if after < 0, sequence.isObject, sequence.header.pointee.type == rt.pointee.types.tuple, sequence.tupleCount == before {
                return sequence
            }
            try unpackIterable(sequence, into: scratch, before: before, after: after)
            // unpackIterable leaves the first item on top (highest address): reverse into order.
            let tuple = allocateTuple(count: total)
            for i in 0..<total { TupleObject.items(tuple)[i] = scratch[total - 1 - i] }
            return Value(tuple)
        }
    }

    public static func dictUpdate(_ target: Value, _ update: Value) throws(PyError) {
        try dictUpdateForDisplay(target, update)
    }

    public static func makeFunction(code: CodeRef, globals: Value, builtins: Value, defaults: Value, keywordDefaults: Value, closure: Value) -> Value {
        newFunction(code: code, globals: globals, builtins: builtins, defaults: defaults, keywordDefaults: keywordDefaults, closure: closure)
    }

    public static func callWithArgumentTuple(_ callable: Value, _ arguments: Value, _ keywords: Value) throws(PyError) -> Value {
        try callWithUnpacked(callable, arguments, keywords)
    }

    /// LOAD_GLOBAL with explicit namespaces.
    public static func loadGlobal(_ globals: Value, _ builtins: Value, _ name: Value) throws(PyError) -> Value {
        if let v = try lookupName(in: globals, name) { return v }
        if let v = try lookupName(in: builtins, name) { return v }
        throw raiseNameError("name '\(name.stringValue)' is not defined")
    }

    public static func loadName(_ frame: FrameRef, _ name: Value) throws(PyError) -> Value {
        try loadNameInTier1(frame, name)
    }

    public static func storeName(_ frame: FrameRef, _ name: Value, _ value: Value) throws(PyError) {
        try storeNameInTier1(frame, name, value)
    }

    public static func makeCell(_ value: Value) -> Value { newCell(value) }

    /// object.__new__ for a plain user class (what CALL_ALLOC_AND_ENTER_INIT allocates).
    public static func newInstance(_ type: TypeRef) -> Value {
        // Plain instances never fail to allocate (no __new__ runs).
        (try? allocateInstance(type, UnsafeMutablePointer(bitPattern: 8)!, 0, .null)) ?? .none
    }

    public static func listToTuple(_ list: Value) -> Value { listToTupleInTier1(list) }

    public static func character(_ c: UInt32) -> Value { characterString(c) }

    public static func setAdd(_ set: Value, _ item: Value) throws(PyError) {
        try Runtime_setAdd(set, item)
    }

    /// Runs `body` with `count` value slots the collector sees.
    public static func withScratchValues<R>(_ count: Int, _ body: (UnsafeMutablePointer<Value>) throws(PyError) -> R) throws(PyError) -> R {
        try withScratch(count, body)
    }
}

private func Runtime_setAdd(_ set: Value, _ item: Value) throws(PyError) {
    try setAdd(set.object(as: SetObject.self), item)
}

// Aliases for the free functions the static members above shadow.
private func formatValueInTier1(_ value: Value, conversion: Int, spec: Value) throws(PyError) -> Value {
    try formatValue(value, conversion: conversion, spec: spec)
}
private func loadNameInTier1(_ frame: FrameRef, _ name: Value) throws(PyError) -> Value { try loadName(frame, name) }
private func storeNameInTier1(_ frame: FrameRef, _ name: Value, _ value: Value) throws(PyError) { try storeName(frame, name, value) }
private func listToTupleInTier1(_ list: Value) -> Value { listToTuple(list) }
