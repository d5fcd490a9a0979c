import XCTest
@testable import Runtime

final class CollectorTests: XCTestCase {
    override func setUp() { Runtime.initialize() }

    /// Builds garbage in a helper so that no stale copy of it stays in this frame.
    @inline(never) func makeGarbage(_ count: Int) {
        for i in 0..<count { _ = newString("garbage \(i) " + String(repeating: "x", count: i % 50)) }
    }

    func testGarbageIsFreedAndReachableObjectsSurvive() throws {
        let keep = newList(capacity: 0).object(as: ListObject.self)
        for i in 0..<1000 { listAppend(keep, newString("kept \(i)")) }
        makeGarbage(20000)
        let before = rt.pointee.heap.collections
        Collector.collect()
        XCTAssertEqual(rt.pointee.heap.collections, before + 1)
        let live = rt.pointee.heap.liveBytesAfterLastCollection
        makeGarbage(20000)
        Collector.collect()
        // Garbage does not accumulate: live bytes stay about the same.
        XCTAssertLessThan(rt.pointee.heap.liveBytesAfterLastCollection, live + 64 * 1024)
        // What the list holds is intact.
        XCTAssertEqual(keep.pointee.count, 1000)
        for i in 0..<1000 { XCTAssertEqual(keep.items[i].stringValue, "kept \(i)") }
    }

    /// Automatic collections come once per threshold's worth of new memory, not at every large
    /// allocation after the first (a release-build bug: the counter reset was lost).
    func testLargeAllocationsCollectOncePerThreshold() {
        let start = rt.pointee.heap.collections
        let threshold = rt.pointee.heap.collectionThreshold
        let size = 4096
        for _ in 0..<(3 * threshold / size) {
            _ = rt.pointee.heap.allocate(size: size, kind: .valueStorage, type: rt.pointee.types.object)
        }
        let collections = rt.pointee.heap.collections - start
        XCTAssertGreaterThanOrEqual(collections, 2)
        XCTAssertLessThanOrEqual(collections, 4)
    }

    func testConservativeRootsKeepStackHeldValues() {
        let held = newTuple([newString("alpha"), newInt(Int.max), newList([newString("beta")])])
        makeGarbage(5000)
        Collector.collect()
        Collector.collect()
        XCTAssertEqual(held.tupleItems[0].stringValue, "alpha")
        XCTAssertEqual(held.tupleItems[1].exactInt, Int.max)
        XCTAssertEqual(held.tupleItems[2].object(as: ListObject.self).items[0].stringValue, "beta")
    }

    func testFreedCellsAreReused() {
        makeGarbage(50000)
        Collector.collect()
        let heapBefore = rt.pointee.heap.heapBytes
        makeGarbage(50000)
        XCTAssertEqual(rt.pointee.heap.heapBytes, heapBefore, "new garbage fits in the cells just freed")
    }

    func testDictSurvivesCollectionsDuringGrowth() throws {
        rt.pointee.heap.setStress(interval: 7)
        defer { rt.pointee.heap.setStress(interval: 0) }
        let d = newDict().object(as: DictObject.self)
        for i in 0..<300 { try dictSetItem(d, newString("key\(i)"), newList([newString("v\(i)")])) }
        for i in 0..<300 {
            let v = try dictLookup(d, newString("key\(i)"))
            XCTAssertEqual(v?.object(as: ListObject.self).items[0].stringValue, "v\(i)")
        }
    }
}
