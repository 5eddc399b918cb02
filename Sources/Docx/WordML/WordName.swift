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

    // Sets of namespaces are switches: a `Set<Namespace>` or a dictionary keyed by `Namespace` makes the runtime scan
    // every conformance record for `Namespace: Hashable` when it is first built.

    /// Whether the reader can read `mc:Choice` branches that require this namespace (their text boxes and shapes).
    var isUnderstoodForChoice: Bool {
        switch self {
        case .w, .wps, .wpg, .wpc, .wp14, .w14, .w15, .a, .wp, .pic, .m, .v, .o, .w10: true
        default: false
        }
    }

    /// Whether the namespace's elements carry layout or graphics, never text of their own: skipped without warning.
    var isGraphicsOnly: Bool {
        switch self {
        case .a, .pic, .o, .w10, .w14, .w15, .w16, .wp14, .wp: true
        default: false
        }
    }
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
    case abstractNumIdElement, lvlOverride, startOverride, numStyleLink, styleLink, isLgl, latentStyles
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

    /// The known names of `namespace`, nil for a namespace without any (a switch, for the reason given on `Namespace`).
    private static func names(in namespace: Namespace) -> [String: Tag]? {
        switch namespace {
        case .w: wNames
        case .r: rNames
        case .mc: mcNames
        case .wp: wpNames
        case .wps: wpsNames
        case .v: vNames
        case .m: mNames
        case .packageRelationships: packageRelationshipsNames
        case .contentTypes: contentTypesNames
        case .coreProperties: corePropertiesNames
        case .dc: dcNames
        case .dcterms: dctermsNames
        case .extendedProperties: extendedPropertiesNames
        case .none: unqualifiedNames
        default: nil
        }
    }

    /// WordprocessingML (`w:`): elements, and the attributes in that namespace.
    private static let wNames: [String: Tag] = [
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
        "styleLink": .styleLink, "isLgl": .isLgl, "latentStyles": .latentStyles,
        // attributes in the w: namespace
        "val": .attrVal, "id": .attrID, "type": .attrType, "fldCharType": .attrFldCharType, "char": .attrChar,
        "font": .attrFont, "author": .attrAuthor, "styleId": .attrStyleID, "format": .attrFormat,
        "default": .attrDefault, "background": .skippedContent, "fldData": .skippedContent,
    ]

    /// Office relationships (`r:`).
    private static let rNames: [String: Tag] = ["id": .attrRelationshipID]

    /// Markup compatibility (`mc:`).
    private static let mcNames: [String: Tag] = [
        "AlternateContent": .alternateContent, "Choice": .choice, "Fallback": .fallback,
    ]

    /// Word drawing (`wp:`).
    private static let wpNames: [String: Tag] = ["docPr": .docPr]

    /// Word shapes (`wps:`).
    private static let wpsNames: [String: Tag] = ["txbx": .txbx, "wsp": .wsp]

    /// VML (`v:`).
    private static let vNames: [String: Tag] = ["shape": .vShape, "textbox": .vTextbox]

    /// Office math (`m:`).
    private static let mNames: [String: Tag] = ["t": .mathText]

    /// Package relationships (`.rels` parts).
    private static let packageRelationshipsNames: [String: Tag] = [
        "Relationships": .relationships, "Relationship": .relationship,
    ]

    /// Content types (`[Content_Types].xml`).
    private static let contentTypesNames: [String: Tag] = [
        "Types": .types, "Default": .defaultType, "Override": .overrideType,
    ]

    /// Core properties (`cp:`).
    private static let corePropertiesNames: [String: Tag] = [
        "coreProperties": .coreProperties, "keywords": .keywords, "lastModifiedBy": .lastModifiedBy,
        "revision": .revision,
    ]

    /// Dublin Core elements (`dc:`).
    private static let dcNames: [String: Tag] = [
        "title": .title, "subject": .subject, "creator": .creator, "description": .descriptionElement,
    ]

    /// Dublin Core terms (`dcterms:`).
    private static let dctermsNames: [String: Tag] = ["created": .created, "modified": .modified]

    /// Extended properties (`docProps/app.xml`).
    private static let extendedPropertiesNames: [String: Tag] = [
        "Properties": .properties, "Application": .application, "AppVersion": .appVersion, "Company": .company,
        "Template": .template, "Pages": .pages, "Words": .words, "Characters": .characters,
    ]

    /// No namespace (attributes such as `Id` and `Target`).
    private static let unqualifiedNames: [String: Tag] = [
        "Requires": .attrRequires, "descr": .attrDescr, "title": .attrTitle, "Id": .attrRelID,
        "Type": .attrType, "Target": .attrTarget, "TargetMode": .attrTargetMode, "PartName": .attrPartName,
        "Extension": .attrExtension, "ContentType": .attrContentType, "name": .attrName,
    ]

    /// Codes above this are names the reader does not know; `WordNames` remembers them for warnings.
    static let firstUnknownCode = 1 << 16

    /// The tag of a name in `namespace`, or `nil` when the name is not known.
    static func known(local: String, in namespace: Namespace) -> Tag? {
        if let tag = names(in: namespace)?[local] { return tag }
        if namespace == .m { return .mathTransparent }
        return nil
    }
}

/// The vocabulary of the reader's parsers: a name the reader knows gets its ``Tag``'s raw value as its code, the same
/// for every parser; any other name gets a code of its own, above ``Tag/firstUnknownCode``, and is remembered for
/// warnings.
final class WordNames: XMLVocabulary {
    /// Each unknown code's name and the namespace its URI resolved to.
    private var unknownNames: [Int: (name: XMLName, namespace: Namespace)] = [:]
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

    /// The name an unknown code was given for; nil for the codes of known names, which their ``Tag`` names.
    func name(for code: Int) -> XMLName? { unknownNames[code]?.name }

    /// The name an unknown code was given for, with its namespace; nil for the codes of known names.
    func unknownName(_ code: Int) -> (name: XMLName, namespace: Namespace)? { unknownNames[code] }
}

extension Tag {
    /// The tag a code of ``WordNames`` stands for: `.unknown` for a name the reader does not know.
    init(code: Int) {
        self = code < Tag.firstUnknownCode ? Tag(rawValue: code) ?? .unknown : .unknown
    }
}
