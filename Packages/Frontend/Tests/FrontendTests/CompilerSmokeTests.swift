import XCTest
import Bytecode
@testable import Frontend

/// Prints the disassembly of the source in $HOTPATH_DIS (a debugging aid; passes otherwise).
final class CompilerSmokeTests: XCTestCase {
    func testDisassembleEnvironmentSource() throws {
        guard let source = ProcessInfo.processInfo.environment["HOTPATH_DIS"] else { return }
        let result = try CompilerOracle.run([source])[0]
        guard let module = result.module else { return XCTFail("python3 cannot parse it") }
        do {
            let code = try compileModule(module, filename: "t.py")
            if let unitName = ProcessInfo.processInfo.environment["HOTPATH_UNIT"] {
                let listing = Listing.of(code, unit: unitName.isEmpty ? nil : unitName) ?? []
                print("GOLDEN[\n" + listing.map { "            \"\($0)\"," }.joined(separator: "\n") + "\n]")
            } else {
                print(disassemble(code))
            }
        } catch {
            print("ERROR: \(error)")
        }
    }
}
