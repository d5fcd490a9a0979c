import Superblock

/// The back edge of a peeled loop: every phi takes its new value at once. A phi lives in a
/// register, in its register-file slot (synced), or both; its new value is a constant, a
/// register or a slot. Moves are ordered so that no location is overwritten while a pending
/// move still reads it; a cycle (`a, b = b, a`) is broken through the scratch register rax (rcx carries memory-to-memory copies).
extension SuperblockCompiler {
    /// Where a value lives: one machine register and/or its slot.
    enum Location: Hashable {
        case register(GPR)
        case slot(Int)
    }

    func locations(of v: Int) -> [Location] {
        var result: [Location] = []
        if let register = allocation.register[v] { result.append(.register(register)) }
        if allocation.synced[v] { result.append(.slot(v)) }
        return result
    }

    /// Where to read a value from (its register when it has one).
    func source(of ref: Ref) -> Location? {
        if ref.isConstant { return nil }
        return locations(of: ref.uopIndex).first
    }

    func emitParallelMoves(_ moves: [(destination: Ref, source: Ref)]) {
        // Pending moves: destination location <- source (a location, or a constant ref).
        var pending: [(destination: Location, source: Location?, constant: Ref?)] = []
        for move in moves where move.destination != move.source {
            let from = source(of: move.source)
            for destination in locations(of: move.destination.uopIndex) where destination != from {
                pending.append((destination, from, from == nil ? move.source : nil))
            }
        }
        while !pending.isEmpty {
            // A move whose destination no other pending move reads can go now.
            if let ready = pending.indices.first(where: { i in
                !pending.indices.contains { k in k != i && pending[k].source == pending[i].destination }
            }) {
                let move = pending.remove(at: ready)
                emitMove(to: move.destination, from: move.source, constant: move.constant)
                continue
            }
            // Only cycles remain: park one source in rax and read it from there.
            let parked = pending[0].source!
            emitMove(to: .register(.rax), from: parked, constant: nil)
            for i in pending.indices where pending[i].source == parked { pending[i].source = .register(.rax) }
        }
    }

    func emitMove(to destination: Location, from source: Location?, constant: Ref?) {
        switch (destination, source) {
        case (.register(let d), .register(let s)):
            asm.mov(d, s)
        case (.register(let d), .slot(let v)):
            asm.mov(d, slot(Ref(uop: v)))
        case (.slot(let v), .register(let s)):
            asm.mov(slot(Ref(uop: v)), s)
        case (.slot(let d), .slot(let v)):
            // rcx, not rax: rax may hold a value parked to break a cycle.
            asm.mov(.rcx, slot(Ref(uop: v)))
            asm.mov(slot(Ref(uop: d)), .rcx)
        case (.register(let d), nil):
            copy(constant!, into: d)
        case (.slot(let d), nil):
            copy(constant!, into: .rcx)
            asm.mov(slot(Ref(uop: d)), .rcx)
        }
    }
}
