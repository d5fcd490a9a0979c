import Interpreter
import Optimizer
import Superblock
import XCTest

/// `--optimizer` names: "none", "full" (the documented order), or a list of pass names; and
/// passes leave the superblock they are given as it was.
final class PipelineTests: XCTestCase {
    override func setUp() { Interpreter.setUp() }

    func testNamesAndOrders() throws {
        XCTAssertEqual(OptimizationPipeline.passNames, ["types", "cse", "dce", "peel", "sink"])
        XCTAssertEqual(try XCTUnwrap(OptimizationPipeline(specification: "none")).passes.count, 0)
        XCTAssertEqual(try XCTUnwrap(OptimizationPipeline(specification: "full")).passes.map(\.name),
                       ["types", "cse", "dce", "peel", "cse", "types", "cse", "sink", "types", "cse", "dce"],
                       "the order ARCHITECTURE.md documents")
        XCTAssertEqual(try XCTUnwrap(OptimizationPipeline(specification: "dce,types,dce")).passes.map(\.name), ["dce", "types", "dce"])
        XCTAssertNil(OptimizationPipeline(specification: "types,fold"))
        XCTAssertNil(OptimizationPipeline(specification: "full,dce"))
    }

    func testPassesDoNotChangeTheirInput() throws {
        let projected = try ProjectedLoops.project(AllocationSinkingTests.adding, function: "run")
        let uops = projected.uops
        let operands = projected.operands
        let exits = projected.exits.map { $0.frames.map { ($0.stack, $0.locals.map(\.value)) } }
        let loopBack = projected.loopBack.map { ($0.stack, $0.locals.map(\.value)) }
        var current = projected
        for pass in try XCTUnwrap(OptimizationPipeline(specification: "full")).passes {
            let before = current.uops
            let next = pass.run(current)
            XCTAssertEqual(current.uops, before, "\(pass.name) changed its input")
            current = next
        }
        XCTAssertEqual(projected.uops, uops)
        XCTAssertEqual(projected.operands, operands)
        XCTAssertNil(projected.loop)
        XCTAssertEqual(projected.loopBack?.stack, loopBack?.0)
        XCTAssertEqual(projected.loopBack?.locals.map(\.value), loopBack?.1)
        for (exit, frames) in zip(projected.exits, exits) {
            XCTAssertEqual(exit.frames.map(\.stack), frames.map(\.0))
            XCTAssertEqual(exit.frames.map { $0.locals.map(\.value) }, frames.map(\.1))
            XCTAssertTrue(exit.objects.isEmpty)
        }
    }

    /// Every uop the full pipeline leaves refers only to values defined before it (SSA order),
    /// every exit it takes exists, and every ref an exit or the loop names exists.
    func testFullPipelineLeavesAWellFormedSuperblock() throws {
        for (name, source, function) in [("points", AllocationSinkingTests.adding, "run"),
                                         ("calls", LoopPeelingTests.source, "run"),
                                         ("loads", CSELoadTests.program, "run")] {
            let optimized = try XCTUnwrap(OptimizationPipeline(specification: "full")).run(try ProjectedLoops.project(source, function: function))
            let count = optimized.instructions.count
            func valid(_ ref: Ref, before limit: Int) -> Bool {
                ref.isConstant ? ref.constantIndex < optimized.constants.count : ref.uopIndex >= 0 && ref.uopIndex < limit
            }
            for (index, instruction) in optimized.instructions.enumerated() {
                for operand in optimized.operands(of: instruction) {
                    // A phi's operand is the preamble's value (defined before it); body values only
                    // reach phis through the back edge.
                    XCTAssertTrue(valid(operand, before: index), "\(name): v\(index) uses \(operand)\n\(optimized.listing)")
                }
                for exit in [instruction.exit, instruction.raiseExit] where exit >= 0 {
                    XCTAssertLessThan(Int(exit), optimized.exits.count, name)
                    let descriptor = optimized.exits[Int(exit)]
                    XCTAssertFalse(descriptor.frames.isEmpty, "\(name): v\(index) takes an emptied exit")
                    var refs: [Ref] = []
                    for frame in descriptor.frames {
                        refs += frame.stack
                        refs += frame.locals.map(\.value)
                        if let function = frame.function { refs.append(function) }
                    }
                    for object in descriptor.objects { refs += [object.ref, object.cls] + object.slots }
                    for ref in refs { XCTAssertTrue(valid(ref, before: count), "\(name): exit \(exit) names \(ref)") }
                }
            }
            if let loop = optimized.loop {
                XCTAssertLessThanOrEqual(loop.target, count)
                for (phi, value) in loop.backEdge {
                    XCTAssertEqual(optimized.uops[safe: phi.uopIndex], ._PHI, name)
                    XCTAssertLessThan(phi.uopIndex, loop.target, name)
                    XCTAssertTrue(valid(value, before: count), name)
                }
            }
        }
    }
}
