#if canImport(Glibc)
import Glibc
#endif
import XCTest
@testable import Runtime

/// `powAsLibm` must give libm's pow bit for bit: its square-root shortcut relies on glibc's
/// documented error bound, so it is checked against pow itself on millions of bases, the ones
/// whose root lies near a rounding midpoint (where a wrong shortcut would show) included.
final class FloatPowerTests: XCTestCase {
    func testSquareRootShortcutGivesPowsBits() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> UInt64 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return state
        }
        var shortcuts = 0, mismatches: [Double] = []
        for i in 0..<2_000_000 {
            let x: Double
            switch i % 3 {
            case 0: x = Double(bitPattern: next() & 0x7FEF_FFFF_FFFF_FFFF)      // any positive finite
            case 1: x = Double(next() >> 11) * 0x1p-53 * 1e4                  // everyday magnitudes
            default:
                // m*m + m: its root is just below m + 0.5, a midpoint between two integers'
                // scaled neighbours — the hard cases for rounding.
                let m = Double(next() >> 38) + 1
                x = (m * m + m) * 0x1p-20
            }
            guard x > 0 else { continue }
            let expected = pow(x, 0.5), actual = powAsLibm(x, 0.5)
            if actual.bitPattern != expected.bitPattern { mismatches.append(x) }
            if actual.bitPattern == x.squareRoot().bitPattern { shortcuts += 1 }
        }
        XCTAssertEqual(mismatches.prefix(5).map { $0.debugDescription }, [], "\(mismatches.count) bases differ from pow")
        XCTAssertGreaterThan(shortcuts, 1_500_000, "most square roots take the shortcut")
    }

    func testOtherExponentsAndSpecialBasesAreLibmsPow() {
        for (x, y) in [(2.0, 0.5), (4.0, 0.5), (0.25, 0.5), (1e-310, 0.5), (1e300, 0.5), (0.0, 0.5), (-0.0, 0.5),
                       (-4.0, 0.5), (.infinity, 0.5), (-.infinity, 0.5), (.nan, 0.5), (2.0, 1.5), (10.0, -0.5), (3.0, 2.0)] {
            XCTAssertEqual(powAsLibm(x, y).bitPattern, pow(x, y).bitPattern, "\(x) ** \(y)")
        }
    }
}
