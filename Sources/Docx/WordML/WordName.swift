internal import XMLStream

/// The XML namespaces the reader knows, transitional and ISO Strict spellings folded together.
enum Namespace: Int, CaseIterable {
    case none = 0, xml, w, r, mc, wp, a, pic, wps, wpg, wpc, v, o, w10, w14, w15, w16, m
    case packageRelationships, contentTypes, coreProperties, dc, dcterms, dcmitype, extendedProperties, wp14
    case unknown

    static let byURI: [String: Namespace] = [
        "": .none,
        "http://www.w3.org/XML/1998/namespace": .xml,
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main": .w,
        "http://purl.oclc.org/ooxml/wordprocessingml/main": .w,
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships": .r,
        "http://purl.oclc.org/ooxml/officeDocument/relationships": .r,
        "http://schemas.openxmlformats.org/markup-compatibility/2006": .mc,
        "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing": .wp,
        "http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing": .wp,
        "http://schemas.openxmlformats.org/drawingml/2006/main": .a,
        "http://purl.oclc.org/ooxml/drawingml/main": .a,
        "http://schemas.openxmlformats.org/drawingml/2006/picture": .pic,
        "http://purl.oclc.org/ooxml/drawingml/picture": .pic,
        "http://schemas.microsoft.com/office/word/2010/wordprocessingShape": .wps,
        "http://schemas.microsoft.com/office/word/2010/wordprocessingGroup": .wpg,
        "http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas": .wpc,
        "http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing": .wp14,
        "urn:schemas-microsoft-com:vml": .v,
        "urn:schemas-microsoft-com:office:office": .o,
        "urn:schemas-microsoft-com:office:word": .w10,
        "http://schemas.microsoft.com/office/word/2010/wordml": .w14,
        "http://schemas.microsoft.com/office/word/2012/wordml": .w15,
        "http://schemas.microsoft.com/office/word/2015/wordml/symex": .w16,
        "http://schemas.microsoft.com/office/word/2016/wordml/cid": .w16,
        "http://schemas.microsoft.com/office/word/2018/wordml": .w16,
        "http://schemas.microsoft.com/office/word/2018/wordml/cex": .w16,
        "http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash": .w16,
        "http://schemas.microsoft.com/office/word/2023/wordml/word16du": .w16,
        "http://schemas.openxmlformats.org/officeDocument/2006/math": .m,
        "http://purl.oclc.org/ooxml/officeDocument/math": .m,
        "http://schemas.openxmlformats.org/package/2006/relationships": .packageRelationships,
        "http://schemas.openxmlformats.org/package/2006/content-types": .contentTypes,
        "http://schemas.openxmlformats.org/package/2006/metadata/core-properties": .coreProperties,
        "http://purl.org/dc/elements/1.1/": .dc,
        "http://purl.org/dc/terms/": .dcterms,
        "http://purl.org/dc/dcmitype/": .dcmitype,
        "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties": .extendedProperties,
        "http://purl.oclc.org/ooxml/officeDocument/extendedProperties": .extendedProperties,
    ]

    /// Namespaces whose `mc:Choice` branches the reader can read (their text boxes and shapes).
    static let understoodForChoice: Set<Namespace> = [
        .w, .wps, .wpg, .wpc, .wp14, .w14, .w15, .a, .wp, .pic, .m, .v, .o, .w10,
    ]

    /// Namespaces whose elements carry layout or graphics, never text of their own: skipped without warning.
    static let graphicsOnly: Set<Namespace> = [.a, .pic, .o, .w10, .w14, .w15, .w16, .wp14, .wp]
}

/// Element and attribute names the reader acts on, as small integer codes.
enum Tag: Int {
    case unknown = 0
    // WordprocessingML structure
    case document, body, hdr, ftr, footnotes, endnotes, comments, footnote, endnote, comment
    case p, pPr, pStyle, numPr, ilvl, numId, outlineLvl, rPr, r, t, tab, ptab, br, cr, noBreakHyphen, softHyphen
    case sym, vanish, specVanish, rStyle, del, ins, moveFrom, moveTo, delText, instrText, delInstrText, fldChar,
        fldSimple
    case hyperlink, sdt, sdtPr, sdtEndPr, sdtContent, smartTag, smartTagPr, customXml, customXmlPr, dir, bdo
    case tbl, tblPr, tblGrid, tr, trPr, tblPrEx, tc, tcPr, gridSpan, vMerge
    case txbxContent, drawing, pict, object, altChunk, ruby, rubyPr, rt, rubyBase
    case footnoteReference, endnoteReference, commentReference, annotationRef, footnoteRef, endnoteRef
    case separator, continuationSeparator, sectPr, pPrChange, rPrChange, contentPart, subDoc
    case bookmarkStart, bookmarkEnd, proofErr, lastRenderedPageBreak, permStart, permEnd
    case commentRangeStart, commentRangeEnd, moveFromRangeStart, moveFromRangeEnd, moveToRangeStart, moveToRangeEnd
    case insideRunMarker  // pgNum, dayShort … (field-like, render nothing)
    case skippedContent  // known elements without text (w:background, w:fldData)
    // styles.xml and numbering.xml
    case styles, style, name, basedOn, numbering, abstractNum, num, lvl, start, numFmt, lvlText, suff, lvlRestart
    case abstractNumIdElement, lvlOverride, startOverride, numStyleLink, styleLink, isLgl
    // drawing and VML
    case docPr, txbx, wsp, vShape, vTextbox
    // markup compatibility
    case alternateContent, choice, fallback
    // math
    case mathText, mathTransparent
    // packaging
    case relationships, relationship, types, defaultType, overrideType
    case coreProperties, title, subject, creator, keywords, descriptionElement, lastModifiedBy, revision
    case created, modified, properties, application, appVersion, company, template, pages, words, characters
    // attributes
    case attrVal, attrID, attrType, attrFldCharType, attrChar, attrFont, attrAuthor, attrStyleID
    case attrRelationshipID, attrRequires, attrDescr, attrTitle, attrFormat, attrDefault
    case attrTarget, attrTargetMode, attrPartName, attrExtension, attrContentType, attrRelID, attrName

    private static let table: [Namespace: [String: Tag]] = [
        .w: [
            "document": .document, "body": .body, "hdr": .hdr, "ftr": .ftr, "footnotes": .footnotes,
            "endnotes": .endnotes, "comments": .comments, "footnote": .footnote, "endnote": .endnote,
            "comment": .comment, "p": .p, "pPr": .pPr, "pStyle": .pStyle, "numPr": .numPr, "ilvl": .ilvl,
            "numId": .numId, "outlineLvl": .outlineLvl, "rPr": .rPr, "r": .r, "t": .t, "tab": .tab, "ptab": .ptab,
            "br": .br, "cr": .cr, "noBreakHyphen": .noBreakHyphen, "softHyphen": .softHyphen, "sym": .sym,
            "vanish": .vanish, "specVanish": .specVanish, "rStyle": .rStyle, "del": .del, "ins": .ins,
            "moveFrom": .moveFrom,
            "moveTo": .moveTo, "delText": .delText, "instrText": .instrText, "delInstrText": .delInstrText,
            "fldChar": .fldChar, "fldSimple": .fldSimple, "hyperlink": .hyperlink, "sdt": .sdt, "sdtPr": .sdtPr,
            "sdtEndPr": .sdtEndPr, "sdtContent": .sdtContent, "smartTag": .smartTag, "smartTagPr": .smartTagPr,
            "customXml": .customXml, "customXmlPr": .customXmlPr, "dir": .dir, "bdo": .bdo, "tbl": .tbl,
            "tblPr": .tblPr, "tblGrid": .tblGrid, "tr": .tr, "trPr": .trPr, "tblPrEx": .tblPrEx, "tc": .tc,
            "tcPr": .tcPr, "gridSpan": .gridSpan, "vMerge": .vMerge, "txbxContent": .txbxContent,
            "drawing": .drawing, "pict": .pict, "object": .object, "altChunk": .altChunk, "ruby": .ruby,
            "rubyPr": .rubyPr, "rt": .rt, "rubyBase": .rubyBase, "footnoteReference": .footnoteReference,
            "endnoteReference": .endnoteReference, "commentReference": .commentReference,
            "annotationRef": .annotationRef, "footnoteRef": .footnoteRef, "endnoteRef": .endnoteRef,
            "separator": .separator, "continuationSeparator": .continuationSeparator, "sectPr": .sectPr,
            "pPrChange": .pPrChange, "rPrChange": .rPrChange, "contentPart": .contentPart, "subDoc": .subDoc,
            "bookmarkStart": .bookmarkStart, "bookmarkEnd": .bookmarkEnd, "proofErr": .proofErr,
            "lastRenderedPageBreak": .lastRenderedPageBreak, "permStart": .permStart, "permEnd": .permEnd,
            "commentRangeStart": .commentRangeStart, "commentRangeEnd": .commentRangeEnd,
            "moveFromRangeStart": .moveFromRangeStart, "moveFromRangeEnd": .moveFromRangeEnd,
            "moveToRangeStart": .moveToRangeStart, "moveToRangeEnd": .moveToRangeEnd,
            "pgNum": .insideRunMarker, "dayShort": .insideRunMarker, "dayLong": .insideRunMarker,
            "monthShort": .insideRunMarker, "monthLong": .insideRunMarker, "yearShort": .insideRunMarker,
            "yearLong": .insideRunMarker, "continuationSeparatorContent": .insideRunMarker,
            "styles": .styles, "style": .style, "name": .name, "basedOn": .basedOn, "numbering": .numbering,
            "abstractNum": .abstractNum, "num": .num, "lvl": .lvl, "start": .start, "numFmt": .numFmt,
            "lvlText": .lvlText, "suff": .suff, "lvlRestart": .lvlRestart, "abstractNumId": .abstractNumIdElement,
            "lvlOverride": .lvlOverride, "startOverride": .startOverride, "numStyleLink": .numStyleLink,
            "styleLink": .styleLink, "isLgl": .isLgl,
            // attributes in the w: namespace
            "val": .attrVal, "id": .attrID, "type": .attrType, "fldCharType": .attrFldCharType, "char": .attrChar,
            "font": .attrFont, "author": .attrAuthor, "styleId": .attrStyleID, "format": .attrFormat,
            "default": .attrDefault, "background": .skippedContent, "fldData": .skippedContent,
        ],
        .r: ["id": .attrRelationshipID],
        .mc: ["AlternateContent": .alternateContent, "Choice": .choice, "Fallback": .fallback],
        .wp: ["docPr": .docPr],
        .wps: ["txbx": .txbx, "wsp": .wsp],
        .v: ["shape": .vShape, "textbox": .vTextbox],
        .m: ["t": .mathText],
        .packageRelationships: ["Relationships": .relationships, "Relationship": .relationship],
        .contentTypes: ["Types": .types, "Default": .defaultType, "Override": .overrideType],
        .coreProperties: [
            "coreProperties": .coreProperties, "keywords": .keywords, "lastModifiedBy": .lastModifiedBy,
            "revision": .revision,
        ],
        .dc: ["title": .title, "subject": .subject, "creator": .creator, "description": .descriptionElement],
        .dcterms: ["created": .created, "modified": .modified],
        .extendedProperties: [
            "Properties": .properties, "Application": .application, "AppVersion": .appVersion, "Company": .company,
            "Template": .template, "Pages": .pages, "Words": .words, "Characters": .characters,
        ],
        .none: [
            "Requires": .attrRequires, "descr": .attrDescr, "title": .attrTitle, "Id": .attrRelID,
            "Type": .attrType, "Target": .attrTarget, "TargetMode": .attrTargetMode, "PartName": .attrPartName,
            "Extension": .attrExtension, "ContentType": .attrContentType, "name": .attrName,
        ],
    ]

    /// Codes above this are names the reader does not know; `WordNames` remembers them for warnings.
    static let firstUnknownCode = 1 << 16

    /// The tag of a name in `namespace`, or `nil` when the name is not known.
    static func known(local: String, in namespace: Namespace) -> Tag? {
        if let tag = table[namespace]?[local] { return tag }
        if namespace == .m { return .mathTransparent }
        return nil
    }
}

/// Assigns codes to names for one parse and remembers what each unknown code stood for.
final class WordNames {
    private(set) var unknownNames: [Int: (name: XMLName, namespace: Namespace)] = [:]
    private var nextUnknown = Tag.firstUnknownCode

    /// The namespace URI resolved last and what it resolved to: names come in runs of one namespace, and comparing
    /// a URI costs less than hashing it.
    private var lastURI = ""
    private var lastNamespace = Namespace.unknown

    func code(for name: XMLName) -> Int {
        if name.namespace != lastURI {
            lastURI = name.namespace
            lastNamespace = Namespace.byURI[name.namespace] ?? .unknown
        }
        if let tag = Tag.known(local: name.local, in: lastNamespace) { return tag.rawValue }
        let code = nextUnknown
        nextUnknown += 1
        unknownNames[code] = (name, lastNamespace)
        return code
    }

    func tag(_ code: Int) -> Tag { code < Tag.firstUnknownCode ? Tag(rawValue: code) ?? .unknown : .unknown }
}
