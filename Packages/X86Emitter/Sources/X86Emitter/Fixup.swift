/// A PC-relative field waiting for its target.
struct Fixup {
    enum Width { case rel8, rel32 }
    var fieldOffset: Int
    var width: Width
    var instructionEnd: Int
    var target: BranchTarget
    var addend: Int
}
