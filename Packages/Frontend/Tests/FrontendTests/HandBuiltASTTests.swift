import XCTest
import Bytecode
@testable import Frontend

/// ASTs built by hand, without source positions: scopes are still found (by creation order when
/// positions coincide), also for code compiled twice (finally bodies).
final class HandBuiltASTTests: XCTestCase {
    private let nowhere = SourceRange(line: 1, column: 0, endLine: 1, endColumn: 0)

    private func name(_ id: String, _ ctx: ExpressionContext = .load) -> Expression { Expression(.name(id: id, ctx: ctx), nowhere) }
    private func statement(_ kind: StatementKind) -> Statement { Statement(kind, nowhere) }
    private func lambda(returning body: Expression, parameters: [String] = []) -> Expression {
        Expression(.lambda(args: Arguments(args: parameters.map { Arg(name: $0, annotation: nil, range: nowhere) }), body: body), nowhere)
    }

    func testLambdasWithoutPositionsGetTheirOwnScopes() throws {
        // f = lambda x: x; g = lambda: y
        let module = Module(body: [
            statement(.assign(targets: [name("f", .store)], value: lambda(returning: name("x"), parameters: ["x"]))),
            statement(.assign(targets: [name("g", .store)], value: lambda(returning: name("y")))),
        ])
        let code = try compileModule(module, filename: "<ast>")
        XCTAssertNoThrow(try verify(code))
        let lambdas = code.nestedCodeUnits
        XCTAssertEqual(lambdas.map(\.qualifiedName), ["<lambda>", "<lambda>"])
        XCTAssertEqual(lambdas[0].localNames, ["x"])
        XCTAssertEqual(Listing.of(lambdas[0]), ["RESUME 0", "LOAD_FAST x", "RETURN_VALUE"])
        XCTAssertEqual(Listing.of(lambdas[1]), ["RESUME 0", "LOAD_GLOBAL y", "RETURN_VALUE"])
    }

    func testFinallyBodyWithANestedScopeCompilesTwice() throws {
        // def f(a):
        //     try: pass
        //     finally: g = lambda: a
        let body = statement(.try(body: [statement(.pass)], handlers: [], orelse: [],
                                  finalbody: [statement(.assign(targets: [name("g", .store)], value: lambda(returning: name("a"))))]))
        let function = statement(.functionDef(name: "f", args: Arguments(args: [Arg(name: "a", annotation: nil, range: nowhere)]),
                                              body: [body], decorators: [], returns: nil))
        let code = try compileModule(Module(body: [function]), filename: "<ast>")
        XCTAssertNoThrow(try verify(code))
        let f = code.nestedCodeUnits[0]
        XCTAssertEqual(f.localNames, ["a", "g"])
        XCTAssertEqual(f.localKinds, [[.local, .cell], .local])
        // The lambda is compiled once for the normal path and once for the exception path.
        let lambdas = f.nestedCodeUnits.filter { $0.name == "<lambda>" }
        XCTAssertEqual(lambdas.count, 2)
        XCTAssertTrue(lambdas.allSatisfy { $0.localNames == ["a"] && $0.localKinds == [.free] })
    }

    func testReturnOutsideFunctionIsASyntaxError() {
        let module = Module(body: [Statement(.return(nil), SourceRange(line: 3, column: 4, endLine: 3, endColumn: 10))])
        XCTAssertThrowsError(try compileModule(module, filename: "m.py")) { error in
            XCTAssertEqual(error as? FrontendError, .syntax(SyntaxErrorInfo(kind: .syntaxError, message: "'return' outside function",
                                                                            filename: "m.py", line: 3, column: 5, text: nil)))
        }
    }
}
