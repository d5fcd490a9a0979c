import XCTest
@testable import Frontend

/// The symbol table's classification of every name in every scope, compared with CPython's
/// own `symtable` module on the corpus (which has no annotations: Hotpath does not visit them).
final class SymbolTableTests: XCTestCase {
    private func scopeNumber(_ scope: SymbolScope?) -> Int {
        switch scope {
        case .local?: return 1
        case .globalExplicit?: return 2
        case .globalImplicit?: return 3
        case .free?: return 4
        case .cell?: return 5
        case nil: return 0
        }
    }

    private func collect(_ scope: Scope, into tables: inout [String: [String: Int]]) {
        let type: String
        switch scope.kind {
        case .module: type = "module"
        case .class: type = "class"
        case .function: type = "function"
        }
        let line = scope.kind == .module ? 0 : scope.line
        var table: [String: Int] = [:]
        for name in scope.symbolNames { table[name] = scopeNumber(scope.scope(of: name)) }
        tables["\(type):\(scope.name)@\(line)"] = table
        for child in scope.children { collect(child, into: &tables) }
    }

    func testScopesMatchCPythonSymtable() throws {
        let results = CorpusTests.oracle
        for (index, program) in Corpus.programs.enumerated() {
            let result = results[index]
            guard let module = result.module, !result.symbols.isEmpty else { continue }
            let symbols = try SymbolTable.build(ASTOptimizer().optimize(module), filename: "t.py")
            var ours: [String: [String: Int]] = [:]
            collect(symbols.top, into: &ours)
            XCTAssertEqual(Set(ours.keys), Set(result.symbols.keys), "scopes of program \(index)\n\(program)")
            for (key, expected) in result.symbols {
                guard let table = ours[key] else { continue }
                // CPython keeps `__debug__` as a name; our AST optimizer already made it a constant.
                XCTAssertEqual(table, expected.filter { $0.key != "__debug__" }, "\(key) of program \(index)\n\(program)")
            }
        }
    }

    func testMangledNamesInClasses() throws {
        let module = try parseModule(source: "class C:\n    __x = 1\n    def m(self):\n        return self.__y + __z\n", filename: "t.py")
        let symbols = try SymbolTable.build(module, filename: "t.py")
        let classScope = symbols.top.children[0]
        XCTAssertEqual(classScope.scope(of: "_C__x"), .local)
        let method = classScope.children[0]
        XCTAssertEqual(method.scope(of: "_C__z"), .globalImplicit)
        XCTAssertNil(method.scope(of: "__z"))
    }

    func testSuperMakesTheClassCell() throws {
        let module = try parseModule(source: "class C:\n    def m(self):\n        return super().m()\n", filename: "t.py")
        let symbols = try SymbolTable.build(module, filename: "t.py")
        let classScope = symbols.top.children[0]
        XCTAssertTrue(classScope.needsClassClosure)
        XCTAssertEqual(classScope.children[0].scope(of: "__class__"), .free)
    }
}
