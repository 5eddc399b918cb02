import Testing

@testable import Extraction

@Suite struct SharedSectionPathsTests {
    /// Whether two arrays share their storage.
    private static func shareStorage(_ left: [String], _ right: [String]) -> Bool {
        left.withUnsafeBufferPointer { left in right.withUnsafeBufferPointer { left.baseAddress == $0.baseAddress } }
    }

    @Test("Paths with the same titles come back as one shared array, even when they are not consecutive")
    func equalPathsShareOneArray() {
        var paths = SharedSectionPaths()
        let first = paths.shared(["一、总体情况", "（一）招商引资"])
        _ = paths.shared(["二、存在问题"])
        let again = paths.shared(["一、总体情况", "（一）" + "招商引资"])
        #expect(again == first)
        #expect(Self.shareStorage(again, first))
    }

    @Test("Paths whose titles would join into the same key stay apart")
    func pathsThatShareAKeyStayApart() {
        var paths = SharedSectionPaths()
        let joined = paths.shared(["甲\u{FFFF}乙"])
        let split = paths.shared(["甲", "乙"])
        #expect(joined == ["甲\u{FFFF}乙"])
        #expect(split == ["甲", "乙"])
        #expect(paths.shared(["甲", "乙"]) == ["甲", "乙"])
        #expect(paths.shared(["甲\u{FFFF}乙"]) == ["甲\u{FFFF}乙"])
    }
}
