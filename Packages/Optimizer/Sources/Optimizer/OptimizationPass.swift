import Superblock

/// One optimization: a superblock in, an equivalent superblock out.
public protocol OptimizationPass {
    /// The name used in `--optimizer` lists.
    var name: String { get }
    func run(_ superblock: Superblock) -> Superblock
}

/// The passes in order, chosen by name: "none", "full" (every pass), or a comma-separated list.
public struct OptimizationPipeline {
    public let passes: [OptimizationPass]

    public static let allPasses: [OptimizationPass] = [
        TypePropagation(),
        CommonSubexpressionElimination(),
        DeadCodeElimination(),
        LoopPeeling(),
        AllocationSinking(),
    ]

    /// "full": simplify the projected loop, peel its first iteration, simplify the body again
    /// with what the preamble proved, sink the allocations that do not escape, and clean up
    /// what sinking made redundant.
    public static let fullPasses: [OptimizationPass] = [
        TypePropagation(), CommonSubexpressionElimination(), DeadCodeElimination(),
        LoopPeeling(),
        CommonSubexpressionElimination(), TypePropagation(), CommonSubexpressionElimination(),
        AllocationSinking(),
        TypePropagation(), CommonSubexpressionElimination(), DeadCodeElimination(),
    ]

    public init(passes: [OptimizationPass]) {
        self.passes = passes
    }

    /// nil when a name is unknown.
    public init?(specification: String) {
        switch specification {
        case "none": passes = []
        case "full": passes = OptimizationPipeline.fullPasses
        case "": return nil
        default:
            var chosen: [OptimizationPass] = []
            for name in specification.split(separator: ",").map(String.init) {
                guard let pass = OptimizationPipeline.allPasses.first(where: { $0.name == name }) else { return nil }
                chosen.append(pass)
            }
            passes = chosen
        }
    }

    public static var passNames: [String] { allPasses.map(\.name) }

    public func run(_ superblock: Superblock) -> Superblock {
        passes.reduce(superblock) { $1.run($0) }
    }
}
