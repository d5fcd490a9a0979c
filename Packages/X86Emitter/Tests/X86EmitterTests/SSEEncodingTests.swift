import XCTest
import X86Emitter

final class SSEEncodingTests: XCTestCase {
    let xmms = Samples.xmms
    let memories = Samples.memories

    func testScalarDoubleOperations() throws {
        try assertMatchesCapstone { a in
            for d in xmms {
                for s in xmms {
                    a.movsd(d, s); a.movapd(d, s)
                    for operation in ScalarDoubleOperation.allCases { a.scalarDouble(operation, d, s) }
                    for operation in PackedBitwiseOperation.allCases { a.packedBitwise(operation, d, s) }
                    a.ucomisd(d, s)
                    for mode in RoundingMode.allCases { a.roundsd(d, s, mode) }
                }
            }
            for (n, m) in memories.enumerated() {
                let x = xmms[n % 16]
                a.movsd(x, m); a.movsd(m, xmms[(n + 7) % 16])
                a.scalarDouble(ScalarDoubleOperation.allCases[n % 7], x, m)
                a.packedBitwise(PackedBitwiseOperation.allCases[n % 4], x, m)
                a.ucomisd(x, m)
                a.roundsd(x, m, RoundingMode.allCases[n % 4])
            }
        }
    }

    func testConversionsAndMoves() throws {
        try assertMatchesCapstone { a in
            for x in xmms {
                for r in Samples.registers {
                    a.movq(x, r); a.movq(r, x)
                    a.cvtsi2sd(x, r); a.cvtsi2sd(x, r, size: .dword)
                    a.cvttsd2si(r, x); a.cvttsd2si(r, x, size: .dword)
                }
            }
            for (n, m) in memories.enumerated() {
                a.cvtsi2sd(xmms[n % 16], m); a.cvtsi2sd(xmms[(n + 1) % 16], m, size: .dword)
                a.cvttsd2si(Samples.registers[n % 16], m); a.cvttsd2si(Samples.registers[(n + 2) % 16], m, size: .dword)
            }
        }
    }
}
