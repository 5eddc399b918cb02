@testable import ExtractionPipeline
import Testing

/// A file's name, as reports label it: the last component of its path.
@Suite("File contents")
struct FileContentsTests {
    @Test(arguments: [
        ("/tmp/pb/reports-300/0000-report-1.docx", "0000-report-1.docx"), ("report.docx", "report.docx"),
        ("dir/sub/", "sub"), ("//a//b//", "b"), ("/", "/"), ("", ""), ("///", "///"), ("a", "a"),
        ("/data/报告/二〇二五年.docx", "二〇二五年.docx"), ("x/e\u{301}/n\u{303}.docx", "n\u{303}.docx"),
    ])
    func fileNameIsTheLastComponent(path: String, name: String) {
        #expect(FileContents.fileName(of: path) == name)
    }
}
