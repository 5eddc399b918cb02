import DocumentModel
import Docx
import TestSupport
import Testing
import ZipTestSupport

/// How the reader finds and recognises the parts: relationships, content types, namespaces.
@Suite("Package and namespaces")
struct PackageTests {
    @Test func elementsAreMatchedByNamespaceNotByPrefix() throws {
        let xml = #"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body>\#
            <x:p><x:pPr><x:pStyle x:val="Heading1"/></x:pPr><x:r><x:t>标题</x:t></x:r></x:p>\#
            <x:p><x:r><x:t>正文</x:t><x:tab/><x:t>第二列</x:t></x:r></x:p></x:body></x:document>
            """#
        let document = try DocxBuilder()
            .document(xml)
            .styles(paragraphStyle(id: "Heading1", name: "heading 1"))
            .read()
        #expect(document.bodyParagraphs.map(\.text) == ["标题", "正文\t第二列"])
        #expect(document.bodyParagraphs.first?.headingLevel == 1)
    }

    @Test func defaultNamespaceWithoutPrefixIsRead() throws {
        let xml = #"""
            <?xml version="1.0" encoding="UTF-8"?>
            <document xmlns="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><body>\#
            <p><r><t>无前缀</t></r></p></body></document>
            """#
        let texts = try DocxBuilder().document(xml).read().bodyParagraphs.map(\.text)
        #expect(texts == ["无前缀"])
    }

    @Test func elementWithTheWordPrefixButAnotherNamespaceIsNotWordML() throws {
        let xml = #"""
            <?xml version="1.0" encoding="UTF-8"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\#
            <w:p><w:r><w:t>正文</w:t></w:r><f:r xmlns:f="urn:fake"><f:t>假</f:t></f:r></w:p></w:body></w:document>
            """#
        let text = try DocxBuilder().document(xml).read().bodyParagraphs.map(\.text)
        #expect(text == ["正文"])
    }

    @Test func strictPackageReadsLikeTransitional() throws {
        let body = paragraph("严格模式", properties: #"<w:pStyle w:val="Heading1"/>"#) + paragraph("正文")
        let styles = paragraphStyle(id: "Heading1", name: "heading 1")
        let strict = try DocxBuilder(body: body, conformance: .strict).styles(styles).read()
        let transitional = try DocxBuilder(body: body).styles(styles).read()
        #expect(strict.bodyParagraphs.map(\.text) == ["严格模式", "正文"])
        #expect(strict.bodyParagraphs.first?.headingLevel == 1)
        #expect(strict.plainText() == transitional.plainText())
    }

    @Test func strictPackageUsesStrictURIs() {
        let builder = DocxBuilder(conformance: .strict)
        #expect(builder.documentXML.contains("http://purl.oclc.org/ooxml/wordprocessingml/main"))
        #expect(
            builder.relationshipType("officeDocument")
                == "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument")
    }

    @Test func mainPartIsFoundThroughThePackageRelationships() throws {
        let builder = DocxBuilder(body: styledParagraph("非标准路径", style: "H"))
            .mainPart(at: "word/main.xml")
            .styles(paragraphStyle(id: "H", name: "heading 2"))
        #expect(!builder.entries.contains { $0.nameBytes == Array("word/document.xml".utf8) })
        let document = try builder.read()
        #expect(document.bodyParagraphs.map(\.text) == ["非标准路径"])
        #expect(document.bodyParagraphs.first?.location.part == "word/main.xml")
        #expect(document.bodyParagraphs.first?.headingLevel == 2)
    }

    @Test(arguments: [
        DocxBuilder.ContentType.document, DocxBuilder.ContentType.template,
        DocxBuilder.ContentType.macroEnabledDocument, DocxBuilder.ContentType.macroEnabledTemplate,
    ])
    func wordMainContentTypesAreAccepted(contentType: String) throws {
        let document = try DocxBuilder(body: paragraph("模板")).mainPart(
            at: "word/document.xml", contentType: contentType
        )
        .read()
        #expect(document.bodyParagraphs.map(\.text) == ["模板"])
    }

    @Test func paragraphsRecordTheirStoryAndPart() throws {
        let paragraph = try #require(try readDocument(body: paragraph("正文")).bodyParagraphs.first)
        #expect(paragraph.location == Location(story: .body, part: "word/document.xml"))
    }

    @Test func deflatedPackageReadsLikeAStoredOne() throws {
        let builder = DocxBuilder(body: paragraph("压缩") + paragraph(String(repeating: "重复文字", count: 500)))
            .styles(paragraphStyle(id: "Normal", name: "Normal"))
        let deflated = try builder.compressed(.deflated).read()
        let stored = try builder.read()
        #expect(deflated == stored)
    }

    @Test func partNamesAreCaseInsensitive() throws {
        let builder = DocxBuilder(body: paragraph("大小写"))
        let rels = #"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\#
            <Relationship Id="rId1" \#
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \#
            Target="/Word/Document.xml"/></Relationships>
            """#
        let texts = try builder.replacingPart("_rels/.rels", with: rels).read().bodyParagraphs.map(\.text)
        #expect(texts == ["大小写"])
    }

    @Test func relationshipsMayTargetTheMainPartByRelativePath() throws {
        let rels = #"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\#
            <Relationship Id="rId1" \#
            Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \#
            Target="./word/../word/document.xml"/></Relationships>
            """#
        let document = try DocxBuilder(body: paragraph("相对路径")).replacingPart("_rels/.rels", with: rels).read()
        #expect(document.bodyParagraphs.map(\.text) == ["相对路径"])
    }
}
