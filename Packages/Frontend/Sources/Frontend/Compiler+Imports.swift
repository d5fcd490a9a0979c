import Bytecode

extension Compiler {
    /// `import a.b.c` binds `a`; `import a.b.c as d` walks to c with IMPORT_FROM (CPython 3.11).
    func compileImport(_ aliases: [Alias]) throws {
        for alias in aliases {
            unit.emitLoadConstant(.int(0))
            unit.emitLoadConstant(.none)
            unit.emit(.IMPORT_NAME, mangledNameSlot(alias.name))
            let parts = alias.name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            if let asname = alias.asname {
                if parts.count > 1 {
                    for (index, part) in parts.dropFirst().enumerated() {
                        unit.emit(.IMPORT_FROM, unit.nameSlot(part))
                        if index < parts.count - 2 {
                            unit.emit(.SWAP, 2)
                            unit.emit(.POP_TOP)
                        }
                    }
                    compileName(asname, .store)
                    unit.emit(.POP_TOP)
                } else {
                    compileName(asname, .store)
                }
            } else {
                compileName(parts[0], .store)
            }
        }
    }

    /// `from m import a, b as c` / `from . import x` / `from m import *`.
    func compileImportFrom(module: String?, names: [Alias], level: Int, statement: SourceRange) throws {
        unit.emitLoadConstant(.int(Int64(level)))
        if module == "__future__" && statement.line > futureImportsEndLine {
            throw syntaxError("from __future__ imports must occur at the beginning of the file", at: statement)
        }
        unit.emitLoadConstant(.tuple(names.map { .str($0.name) }))
        unit.emit(.IMPORT_NAME, mangledNameSlot(module ?? ""))
        for (index, alias) in names.enumerated() {
            if index == 0 && alias.name.hasPrefix("*") {
                unit.emit(.IMPORT_STAR)
                return
            }
            unit.emit(.IMPORT_FROM, mangledNameSlot(alias.name))
            compileName(alias.asname ?? alias.name, .store)
        }
        unit.emit(.POP_TOP)
    }
}
