import Foundation

/// Writes a generated report as a `.docx`: the parts go to a staging folder, `/usr/bin/zip` packs them.
///
/// The package has what Word writes for such a report: content types, package and document relationships,
/// `styles.xml` (with latent styles, so it is about as large as Word's), `numbering.xml` (one `w:num` per
/// report, restarting the headings' numbering), a footer with a PAGE field, settings and document properties.
enum ReportPackage {
    struct PackageError: Error, CustomStringConvertible {
        var description: String
    }

    /// Writes `body` as the `.docx` at `path`, staging its parts under `staging` (which is removed afterwards).
    static func write(_ body: ReportGenerator.Body, to path: String, staging: String) throws {
        let files = FileManager.default
        try? files.removeItem(atPath: staging)
        let parts: [(String, [UInt8])] = [
            ("[Content_Types].xml", Array(contentTypes.utf8)),
            ("_rels/.rels", Array(packageRelationships.utf8)),
            ("docProps/core.xml", Array(coreProperties.utf8)),
            ("docProps/app.xml", Array(appProperties.utf8)),
            ("word/_rels/document.xml.rels", Array(documentRelationships.utf8)),
            ("word/document.xml", body.xml),
            ("word/styles.xml", Array(styles.utf8)),
            ("word/numbering.xml", Array(numbering(reportCount: body.reportCount).utf8)),
            ("word/settings.xml", Array(settings.utf8)),
            ("word/footer1.xml", Array(footer.utf8)),
        ]
        for (name, bytes) in parts {
            let url = URL(fileURLWithPath: staging).appendingPathComponent(name)
            try files.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        try? files.removeItem(atPath: path)
        // -X: no extra attributes, -D: no directory entries, -nw: "[Content_Types].xml" is a name, not a pattern.
        let zip = Process()
        zip.executableURL = URL(fileURLWithPath: "/usr/bin/zip")
        zip.currentDirectoryURL = URL(fileURLWithPath: staging)
        zip.arguments = ["-q", "-X", "-D", "-nw", "-r", path] + parts.map(\.0)
        try zip.run()
        zip.waitUntilExit()
        guard zip.terminationStatus == 0 else {
            throw PackageError(description: "/usr/bin/zip exited with status \(zip.terminationStatus) for \(path)")
        }
        try files.removeItem(atPath: staging)
    }

    private static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/numbering.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>\
        <Override PartName="/word/styles.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/settings.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
        <Override PartName="/word/footer1.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        <Override PartName="/docProps/app.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>
        """

    private static let packageRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" \
        Target="docProps/app.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" \
        Target="docProps/core.xml"/>\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
        Target="word/document.xml"/></Relationships>
        """

    private static let documentRelationships = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" \
        Target="footer1.xml"/>\
        <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" \
        Target="settings.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
        Target="styles.xml"/>\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" \
        Target="numbering.xml"/></Relationships>
        """

    private static let coreProperties = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
        xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
        <dc:title>年度工作总结</dc:title><dc:creator>科技办</dc:creator><cp:lastModifiedBy>科技办</cp:lastModifiedBy>\
        <cp:revision>7</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2025-12-20T01:12:00Z</dcterms:created>\
        <dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-08T07:45:00Z</dcterms:modified></cp:coreProperties>
        """

    private static let appProperties = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" \
        xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">\
        <Template>Normal.dotm</Template><TotalTime>312</TotalTime><Pages>10</Pages><Words>1024</Words>\
        <Characters>5842</Characters><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>\
        <Lines>48</Lines><Paragraphs>13</Paragraphs><Company>青岚湾科学园管委会</Company><AppVersion>16.0000</AppVersion>\
        </Properties>
        """

    private static let settings = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:zoom w:percent="100"/><w:bordersDoNotSurroundHeader/><w:defaultTabStop w:val="420"/>\
        <w:drawingGridVerticalSpacing w:val="156"/><w:characterSpacingControl w:val="compressPunctuation"/>\
        <w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/><w:ulTrailSpace/>\
        <w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/></w:compat>\
        <w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/></w:settings>
        """

    private static let footer = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
        <w:p><w:pPr><w:pStyle w:val="a6"/><w:jc w:val="center"/></w:pPr>\
        <w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">— </w:t></w:r>\
        <w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>\
        <w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:instrText xml:space="preserve"> PAGE   \\* MERGEFORMAT </w:instrText></w:r>\
        <w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>\
        <w:r><w:rPr><w:noProof/><w:sz w:val="28"/></w:rPr><w:t>1</w:t></w:r>\
        <w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>\
        <w:r><w:rPr><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>
        """

    /// One abstract list (chineseCounting "一、", "（一）", then decimal "1."), and one `w:num` per report
    /// restarting it, as Word writes when reports are pasted into one file.
    private static func numbering(reportCount: Int) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:abstractNum w:abstractNumId="0"><w:nsid w:val="3A1F6C2E"/><w:multiLevelType w:val="multilevel"/>\
            <w:tmpl w:val="7C4A1B2E"/>
            """
        let levels: [(format: String, text: String, suffix: String?)] = [
            ("chineseCounting", "%1、", "nothing"), ("chineseCounting", "（%2）", "nothing"), ("decimal", "%3.", nil),
            ("decimal", "（%4）", nil), ("decimalEnclosedCircle", "%5", nil), ("lowerLetter", "%6)", nil),
            ("decimal", "%7.", nil), ("lowerLetter", "%8.", nil), ("lowerRoman", "%9.", nil),
        ]
        for (level, spec) in levels.enumerated() {
            xml += "<w:lvl w:ilvl=\"\(level)\"><w:start w:val=\"1\"/><w:numFmt w:val=\"\(spec.format)\"/>"
            if let suffix = spec.suffix { xml += "<w:suff w:val=\"\(suffix)\"/>" }
            xml +=
                "<w:lvlText w:val=\"\(spec.text)\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"\(420 * level)\" "
            xml += "w:firstLine=\"640\"/></w:pPr><w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr></w:lvl>"
        }
        xml += "</w:abstractNum>"
        for report in 1...max(reportCount, 1) {
            xml += "<w:num w:numId=\"\(report)\"><w:abstractNumId w:val=\"0\"/>"
            if report > 1 { xml += "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride>" }
            xml += "</w:num>"
        }
        return xml + "</w:numbering>"
    }

    /// Word's styles: defaults, Normal (`a`), headings 1–3 (`1`–`3`), List Paragraph (`a5`), footer (`a6`),
    /// Table Grid (`a3`), and the latent-style table that makes a real `styles.xml` some 20–40 KB.
    private static let styles: String = {
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" \
            w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="22"/>\
            <w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>\
            <w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" \
            w:defQFormat="0" w:count="376">
            """
        var latent = ["Normal", "caption", "Title", "Subtitle", "Strong", "Emphasis", "Table Grid", "No Spacing"]
        latent += (1...9).map { "heading \($0)" } + (1...9).map { "toc \($0)" } + (1...9).map { "index \($0)" }
        for kind in ["Grid Table", "List Table"] {
            for number in 1...7 {
                let weight = number == 1 ? " Light" : number == 6 ? " Colorful" : number == 7 ? " Colorful" : ""
                latent.append("\(kind) \(number)\(weight)")
                for accent in 1...6 { latent.append("\(kind) \(number)\(weight) Accent \(accent)") }
            }
        }
        for kind in [
            "Light Shading", "Light List", "Light Grid", "Medium Shading 1", "Medium Shading 2", "Medium List 1",
            "Medium List 2", "Medium Grid 1", "Medium Grid 2", "Medium Grid 3", "Dark List", "Colorful Shading",
            "Colorful List", "Colorful Grid",
        ] {
            latent.append(kind)
            for accent in 1...6 { latent.append("\(kind) Accent \(accent)") }
        }
        for (index, name) in latent.enumerated() {
            xml += "<w:lsdException w:name=\"\(name)\" w:semiHidden=\"\(index % 3 == 0 ? 1 : 0)\" "
            xml += "w:uiPriority=\"\(index % 70)\" w:unhideWhenUsed=\"\(index % 3 == 0 ? 1 : 0)\"/>"
        }
        xml += "</w:latentStyles>"
        xml += """
            <w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/>\
            <w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:next w:val="a"/>\
            <w:link w:val="1Char"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>\
            <w:spacing w:before="340" w:after="330" w:line="578" w:lineRule="auto"/><w:outlineLvl w:val="0"/></w:pPr>\
            <w:rPr><w:b/><w:bCs/><w:kern w:val="44"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:next w:val="a"/>\
            <w:link w:val="2Char"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/>\
            <w:keepLines/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:sz w:val="32"/></w:rPr>\
            </w:style>\
            <w:style w:type="paragraph" w:styleId="3"><w:name w:val="heading 3"/><w:basedOn w:val="a"/><w:next w:val="a"/>\
            <w:link w:val="3Char"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/>\
            <w:keepLines/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/><w:b/>\
            <w:sz w:val="32"/></w:rPr></w:style>\
            <w:style w:type="character" w:default="1" w:styleId="a0"><w:name w:val="Default Paragraph Font"/>\
            <w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\
            <w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>\
            <w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>\
            <w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>\
            <w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
            <w:style w:type="numbering" w:default="1" w:styleId="a2"><w:name w:val="No List"/><w:uiPriority w:val="99"/>\
            <w:semiHidden/><w:unhideWhenUsed/></w:style>\
            <w:style w:type="table" w:styleId="a3"><w:name w:val="Table Grid"/><w:basedOn w:val="a1"/>\
            <w:uiPriority w:val="39"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
            <w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
            <w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
            <w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
            <w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
            <w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>\
            <w:style w:type="paragraph" w:styleId="a5"><w:name w:val="List Paragraph"/><w:basedOn w:val="a"/>\
            <w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:firstLineChars="200" w:firstLine="420"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="a6"><w:name w:val="footer"/><w:basedOn w:val="a"/><w:link w:val="Char"/>\
            <w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4153"/>\
            <w:tab w:val="right" w:pos="8306"/></w:tabs><w:snapToGrid w:val="0"/><w:jc w:val="left"/></w:pPr>\
            <w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>\
            <w:style w:type="character" w:customStyle="1" w:styleId="1Char"><w:name w:val="标题 1 Char"/>\
            <w:basedOn w:val="a0"/><w:link w:val="1"/><w:uiPriority w:val="9"/><w:rPr><w:b/><w:bCs/><w:kern w:val="44"/>\
            <w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style></w:styles>
            """
        return xml
    }()
}
