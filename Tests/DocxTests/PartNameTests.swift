@testable import Docx
import Testing

/// Part-name resolution: the byte path for ASCII names gives what resolving by characters gives.
@Suite("Part names")
struct PartNameTests {
    /// Resolution by characters: the definition the byte path must match.
    private static func reference(_ target: String, relativeTo folder: String) -> String {
        var components: [Substring] = target.hasPrefix("/") ? [] : folder.split(separator: "/")
        for component in target.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(component)
            }
        }
        return components.joined(separator: "/")
    }

    private static let targets = [
        "document.xml", "/word/document.xml", "styles.xml", "../docProps/core.xml", "./media/image1.png",
        "media//image1.png", "../../../x.xml", "a/./b/../c.xml", "/", "", ".", "..", "a/", "/a//b/", "..a/b..",
        "...", "a/.../b", "word/../../x", "./", "../", "a/b/c/../../d",
    ]
    private static let folders = ["", "word", "word/sub", "/word/", "a//b", "x/..", "."]

    @Test(arguments: targets)
    func asciiNamesResolveAsCharactersDo(target: String) {
        for folder in Self.folders {
            #expect(
                PartName.normalize(target, relativeTo: folder) == Self.reference(target, relativeTo: folder),
                "\(target) in \(folder)")
        }
    }

    @Test func escapesAndOtherNamesAreDecoded() {
        #expect(PartName.normalize("media/%E5%9B%BE.png", relativeTo: "word") == "word/media/图.png")
        #expect(PartName.normalize("../文档/a.xml", relativeTo: "word/sub") == "word/文档/a.xml")
        #expect(PartName.normalize("a%2Fb.xml", relativeTo: "") == "a/b.xml")
    }

    private static let uris = [
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
        "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument", "styles", "", "/", "///", "a/b/",
        "a//b//", "/a", "a\r\n/b", "http://例子/关系/样式", "x/\u{0600}/styles", "x\u{0600}/styles", "x/\u{301}styles",
    ]

    @Test(arguments: uris)
    func lastComponentIsTheLastNonEmptyCharacterComponent(uri: String) {
        #expect(PartName.lastComponent(of: uri) == (uri.split(separator: "/").last.map(String.init) ?? uri))
    }

    @Test(arguments: targets)
    func foldersAndRelationshipsPartsJoinTheComponents(part: String) {
        var components = part.split(separator: "/").map(String.init)
        let file = components.popLast() ?? ""
        #expect(PartName.folder(of: part) == components.joined(separator: "/"))
        let relationshipsPart = (components + ["_rels", file + ".rels"]).joined(separator: "/")
        #expect(PartName.relationshipsPart(of: part) == relationshipsPart)
    }
}
