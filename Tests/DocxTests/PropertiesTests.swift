import DocumentModel
import Docx
import TestSupport
import Testing

@Suite("Document properties")
struct PropertiesTests {
    private static let core = #"""
        <dc:title>星河科技园区2024年度工作总结</dc:title><dc:subject>年度总结</dc:subject><dc:creator>李四</dc:creator>\#
        <cp:keywords>园区;总结</cp:keywords><dc:description>内部资料</dc:description>\#
        <cp:lastModifiedBy>王五</cp:lastModifiedBy><cp:revision>7</cp:revision>\#
        <dcterms:created xsi:type="dcterms:W3CDTF">2025-01-06T09:00:00Z</dcterms:created>\#
        <dcterms:modified xsi:type="dcterms:W3CDTF">2025-01-08T17:30:00Z</dcterms:modified>
        """#

    private static let app = #"""
        <Template>Normal.dotm</Template><TotalTime>12</TotalTime><Pages>3</Pages><Words>1520</Words>\#
        <Characters>8664</Characters><Application>WPS Office_12.1.0</Application><DocSecurity>0</DocSecurity>\#
        <HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>标题</vt:lpstr></vt:variant>\#
        <vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>\#
        <Company>星河科技园区管理办公室</Company><AppVersion>12.0000</AppVersion>
        """#

    @Test func corePropertiesAreRead() throws {
        let properties = try DocxBuilder(body: paragraph("正文")).coreProperties(Self.core).read().properties
        #expect(properties.title == "星河科技园区2024年度工作总结")
        #expect(properties.subject == "年度总结")
        #expect(properties.creator == "李四")
        #expect(properties.keywords == "园区;总结")
        #expect(properties.description == "内部资料")
        #expect(properties.lastModifiedBy == "王五")
        #expect(properties.revision == "7")
        #expect(properties.created == "2025-01-06T09:00:00Z")
        #expect(properties.modified == "2025-01-08T17:30:00Z")
    }

    @Test func extendedPropertiesAreRead() throws {
        let properties = try DocxBuilder(body: paragraph("正文")).appProperties(Self.app).read().properties
        #expect(properties.application == "WPS Office_12.1.0")
        #expect(properties.applicationVersion == "12.0000")
        #expect(properties.company == "星河科技园区管理办公室")
        #expect(properties.template == "Normal.dotm")
        #expect(properties.pages == 3)
        #expect(properties.words == 1520)
        #expect(properties.characters == 8664)
    }

    @Test func nestedExtendedPropertiesAreNotMistakenForFields() throws {
        let app =
            #"<TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr>Title</vt:lpstr></vt:vector>"#
            + "</TitlesOfParts>"
        let properties = try DocxBuilder(body: paragraph("正文")).appProperties(app).read().properties
        #expect(properties == DocumentProperties())
    }

    @Test func packageWithoutPropertiesHasEmptyProperties() throws {
        let actual = try readDocument(body: paragraph("正文")).properties
        #expect(actual == DocumentProperties())
    }

    @Test func propertiesAreNotPartOfTheText() throws {
        let document = try DocxBuilder(body: paragraph("正文")).coreProperties(Self.core).appProperties(Self.app).read()
        #expect(document.plainText(includingStories: true) == "正文\n")
    }
}
