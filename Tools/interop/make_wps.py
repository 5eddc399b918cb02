#!/usr/bin/python3
"""Samples/interop/wps.docx: hand-written in the way WPS Office (Kingsoft) writes a .docx.

WPS is not available here, so the package is built with zipfile. It imitates what WPS
writers put in their files (no part is copied from a real WPS file):

* w:document declares the namespaces WPS always declares, `wpsCustomData` included,
  with mc:Ignorable="w14 w15 wp14";
* numeric style ids: "1" Normal, "2" heading 1, "3" heading 2, "4" Default Paragraph
  Font, "5" Normal Table, "6" Table Grid (names stay the English built-in ones);
* the outline labels are automatic: numbering.xml has a multilevel Chinese list,
  level 1 chineseCounting "%1、" and level 2 chineseCounting "（%2）", both with
  w:suff="nothing" and linked to the heading styles; the numbered list is a second
  list (decimal "%1."); levels carry w:tentative="0";
* no rsid attributes; every run has w:rFonts with w:hint="eastAsia" (CJK) or
  w:hint="default" (digits, Latin) and w:lang w:eastAsia="zh-CN", so runs split at
  every script change, and some more where editing left them (inside words, inside
  "865.4");
* body paragraphs formatted through the paragraph dialog carry the long WPS pPr
  (kinsoku, wordWrap, overflowPunct, textAlignment, w:outlineLvl w:val="9" for body text);
* every table row repeats w:tblPrEx; the table has w:tblLayout fixed and w:tblCellMar;
* _Toc bookmarks on headings and the _GoBack bookmark in the last paragraph;
* docProps/custom.xml with KSOProductBuildVer and ICV, docProps/app.xml naming WPS Office,
  customXml/item1.xml holding a wpsCustomData `customData` element, and settings.xml
  ending with mc:AlternateContent around wpsCustomData:typoFeatureVersion.
"""
import os
import re

from interop_common import OUT, escape, read_source, theme_xml, write_package

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
WPS_NS = "http://www.wps.cn/officeDocument/2013/wpsCustomData"

# The namespace list WPS writes on w:document (and on styles/numbering/settings).
ROOT_NAMESPACES = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w="%s" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
    'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:wpsCustomData="%s" '
    'mc:Ignorable="w14 w15 wp14"' % (W_NS, WPS_NS))

XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

BODY_FONT = "仿宋_GB2312"
LATIN_FONT = "Times New Roman"

CN_DIGITS = "零一二三四五六七八九"


def chinese_counting(n):
    """1 → 一 … 10 → 十 … 19 → 十九, 20 → 二十 (enough for outline labels)."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def run_properties(font, size, hint, bold=False):
    latin = font if hint == "eastAsia" else LATIN_FONT
    return ('<w:rPr><w:rFonts w:hint="%s" w:ascii="%s" w:hAnsi="%s" w:eastAsia="%s" w:cs="%s"/>%s'
            '<w:sz w:val="%d"/><w:szCs w:val="%d"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr>'
            % (hint, latin, latin, font, latin, "<w:b/><w:bCs/>" if bold else "", size, size))


def script_segments(text):
    """Splits text where WPS switches w:hint: runs of ASCII (digits, '.', '%') vs the rest."""
    return [(m.group(0), "default" if m.group(0)[0].isascii() else "eastAsia")
            for m in re.finditer(r"[\x00-\x7f]+|[^\x00-\x7f]+", text)]


def editing_splits(text, hint):
    """More run boundaries, where an editing history leaves them in WPS files: long CJK
    stretches are cut after their 7th character, decimals before the point."""
    if hint == "default" and "." in text and not text.startswith("."):
        head, _, tail = text.partition(".")
        return [head, "." + tail]
    if hint == "eastAsia" and len(text) > 14:
        return [text[:7], text[7:]]
    return [text]


def runs(text, font=BODY_FONT, size=32, bold=False):
    out = []
    for segment, hint in script_segments(text):
        for piece in editing_splits(segment, hint):
            out.append("<w:r>%s<w:t>%s</w:t></w:r>" % (run_properties(font, size, hint, bold), escape(piece)))
    return "".join(out)


DIALOG_PPR = ('<w:keepNext w:val="0"/><w:keepLines w:val="0"/><w:pageBreakBefore w:val="0"/><w:widowControl/>'
              '<w:kinsoku/><w:wordWrap/><w:overflowPunct/><w:topLinePunct w:val="0"/><w:autoSpaceDE/>'
              '<w:autoSpaceDN/><w:bidi w:val="0"/><w:adjustRightInd/><w:snapToGrid/>'
              '<w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLine="640" w:firstLineChars="200"/>'
              '<w:jc w:val="both"/><w:textAlignment w:val="auto"/><w:outlineLvl w:val="9"/>')


def mark_properties(font=BODY_FONT, size=32):
    return run_properties(font, size, "eastAsia")


class Body:
    def __init__(self):
        self.parts = []
        self.bookmark = 0
        self.paragraph_count = 0

    def next_bookmark(self):
        self.bookmark += 1
        return self.bookmark

    def title(self, text):
        ppr = ('<w:pPr><w:keepNext w:val="0"/><w:keepLines w:val="0"/><w:pageBreakBefore w:val="0"/>'
               '<w:widowControl/><w:bidi w:val="0"/><w:spacing w:line="560" w:lineRule="exact"/>'
               '<w:jc w:val="center"/>%s</w:pPr>' % mark_properties("方正小标宋简体", 44))
        self.parts.append("<w:p>%s%s</w:p>" % (ppr, runs(text, "方正小标宋简体", 44)))

    def heading(self, level, text):
        style, ilvl, font = ("2", 0, "黑体") if level == 1 else ("3", 1, "楷体_GB2312")
        ident = self.next_bookmark()
        ppr = ('<w:pPr><w:pStyle w:val="%s"/><w:numPr><w:ilvl w:val="%d"/><w:numId w:val="1"/></w:numPr>'
               '<w:bidi w:val="0"/><w:spacing w:line="560" w:lineRule="exact"/>'
               '<w:ind w:left="0" w:leftChars="0" w:firstLine="640" w:firstLineChars="200"/>%s</w:pPr>'
               % (style, ilvl, mark_properties(font)))
        self.parts.append('<w:p>%s<w:bookmarkStart w:id="%d" w:name="_Toc%d"/>%s<w:bookmarkEnd w:id="%d"/></w:p>'
                          % (ppr, ident, 20250700 + ident, runs(text, font), ident))

    def paragraph(self, text, dialog, last=False):
        self.paragraph_count += 1
        if dialog:
            ppr = "<w:pPr>%s%s</w:pPr>" % (DIALOG_PPR, mark_properties())
        else:
            ppr = ('<w:pPr><w:ind w:firstLine="640" w:firstLineChars="200"/>%s</w:pPr>' % mark_properties())
        content = runs(text)
        if last:
            content = '<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>' + content
        self.parts.append("<w:p>%s%s</w:p>" % (ppr, content))

    def list_item(self, text):
        ppr = ('<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr><w:bidi w:val="0"/>'
               '<w:spacing w:line="560" w:lineRule="exact"/>'
               '<w:ind w:left="0" w:leftChars="0" w:firstLine="640" w:firstLineChars="200"/>%s</w:pPr>'
               % mark_properties())
        self.parts.append("<w:p>%s%s</w:p>" % (ppr, runs(text)))

    def table(self, rows):
        widths = [3175, 3628, 2041]
        if len(rows[0]) != len(widths):
            raise ValueError("the WPS table layout expects %d columns" % len(widths))
        borders = "".join('<w:%s w:val="single" w:color="auto" w:sz="4" w:space="0"/>' % side
                          for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
        cell_margins = ('<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
                        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>')
        out = ['<w:tbl><w:tblPr><w:tblStyle w:val="6"/><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/>'
               '<w:tblInd w:w="0" w:type="dxa"/><w:tblBorders>%s</w:tblBorders><w:tblLayout w:type="fixed"/>'
               '%s</w:tblPr><w:tblGrid>%s</w:tblGrid>'
               % (borders, cell_margins, "".join('<w:gridCol w:w="%d"/>' % w for w in widths))]
        for r, cells in enumerate(rows):
            out.append('<w:tr><w:tblPrEx><w:tblBorders>%s</w:tblBorders>%s</w:tblPrEx>'
                       '<w:trPr><w:trHeight w:val="567" w:hRule="atLeast"/><w:jc w:val="center"/></w:trPr>'
                       % (borders, cell_margins))
            for width, text in zip(widths, cells):
                ppr = ('<w:pPr><w:keepNext w:val="0"/><w:keepLines w:val="0"/><w:widowControl/>'
                       '<w:bidi w:val="0"/><w:jc w:val="center"/>%s</w:pPr>' % run_properties(BODY_FONT, 24, "eastAsia", r == 0))
                out.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
                           '<w:p>%s%s</w:p></w:tc>' % (width, ppr, runs(text, BODY_FONT, 24, r == 0)))
            out.append("</w:tr>")
        out.append("</w:tbl>")
        self.parts.append("".join(out))


SECT_PR = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="992" w:gutter="0"/>'
           '<w:cols w:space="425" w:num="1"/><w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-849"/></w:sectPr>')


def document_xml(title, blocks):
    body = Body()
    body.title(title)
    counters = [0, 0]
    last_paragraph = max(i for i, (kind, _) in enumerate(blocks) if kind == "p")
    for index, (kind, payload) in enumerate(blocks):
        if kind in ("h1", "h2"):
            level = int(kind[1])
            counters[level - 1] += 1
            if level == 1:
                counters[1] = 0
            n = chinese_counting(counters[level - 1])
            label = n + "、" if level == 1 else "（" + n + "）"
            if not payload.startswith(label):
                raise ValueError("heading %r does not start with the label numbering.xml gives it, %r" % (payload, label))
            body.heading(level, payload[len(label):])
        elif kind == "p":
            # Every other body paragraph went through the paragraph dialog.
            body.paragraph(payload, dialog=body.paragraph_count % 2 == 0, last=index == last_paragraph)
        elif kind == "li":
            body.list_item(payload)
        elif kind == "table":
            body.table(payload)
        else:
            raise ValueError(kind)
    return XML_DECL + "<w:document %s><w:body>%s%s</w:body></w:document>" % (ROOT_NAMESPACES, "".join(body.parts), SECT_PR)


def styles_xml():
    def paragraph_style(style_id, name, based_on, outline, font, size, bold):
        return ('<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/><w:basedOn w:val="%s"/>'
                '<w:next w:val="1"/><w:qFormat/><w:uiPriority w:val="0"/><w:pPr><w:keepNext/><w:keepLines/>'
                '<w:spacing w:before="0" w:beforeAutospacing="0" w:after="0" w:afterAutospacing="0" w:line="560" w:lineRule="exact"/>'
                '<w:outlineLvl w:val="%d"/></w:pPr><w:rPr><w:rFonts w:eastAsia="%s"/>%s<w:kern w:val="44"/>'
                '<w:sz w:val="%d"/></w:rPr></w:style>'
                % (style_id, name, based_on, outline, font, "<w:b/>" if bold else "", size))

    return XML_DECL + (
        '<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" '
        'w:hAnsiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:cstheme="minorBidi"/>'
        '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>'
        '<w:latentStyles w:count="260" w:defQFormat="0" w:defUnhideWhenUsed="1" w:defSemiHidden="1" '
        'w:defUIPriority="99" w:defLockedState="0"><w:lsdException w:name="Normal" w:semiHidden="0" '
        'w:uiPriority="0" w:unhideWhenUsed="0" w:qFormat="1"/><w:lsdException w:name="heading 1" '
        'w:semiHidden="0" w:uiPriority="0" w:unhideWhenUsed="0" w:qFormat="1"/><w:lsdException '
        'w:name="heading 2" w:uiPriority="0" w:unhideWhenUsed="0" w:qFormat="1"/></w:latentStyles>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="1"><w:name w:val="Normal"/><w:qFormat/>'
        '<w:uiPriority w:val="0"/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr>'
        '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312" '
        'w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="24"/>'
        '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:style>'
        '%s%s'
        '<w:style w:type="character" w:default="1" w:styleId="4"><w:name w:val="Default Paragraph Font"/>'
        '<w:semiHidden/><w:uiPriority w:val="0"/></w:style>'
        '<w:style w:type="table" w:default="1" w:styleId="5"><w:name w:val="Normal Table"/><w:semiHidden/>'
        '<w:uiPriority w:val="0"/><w:tblPr><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" '
        'w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>'
        '</w:tblPr></w:style>'
        '<w:style w:type="table" w:styleId="6"><w:name w:val="Table Grid"/><w:basedOn w:val="5"/>'
        '<w:uiPriority w:val="0"/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr>'
        '<w:tblPr><w:tblBorders><w:top w:val="single" w:color="auto" w:sz="4" w:space="0"/><w:left '
        'w:val="single" w:color="auto" w:sz="4" w:space="0"/><w:bottom w:val="single" w:color="auto" '
        'w:sz="4" w:space="0"/><w:right w:val="single" w:color="auto" w:sz="4" w:space="0"/><w:insideH '
        'w:val="single" w:color="auto" w:sz="4" w:space="0"/><w:insideV w:val="single" w:color="auto" '
        'w:sz="4" w:space="0"/></w:tblBorders></w:tblPr></w:style>'
        '</w:styles>' % (ROOT_NAMESPACES,
                         paragraph_style("2", "heading 1", "1", 0, "黑体", 32, False),
                         paragraph_style("3", "heading 2", "1", 1, "楷体_GB2312", 32, False)))


def numbering_xml():
    def level(ilvl, fmt, text, suffix, style=None, indent='<w:ind w:left="0" w:firstLine="640"/>'):
        return ('<w:lvl w:ilvl="%d" w:tentative="0"><w:start w:val="1"/><w:numFmt w:val="%s"/>%s%s'
                '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr>%s</w:pPr>'
                '<w:rPr><w:rFonts w:hint="default"/></w:rPr></w:lvl>'
                % (ilvl, fmt, '<w:pStyle w:val="%s"/>' % style if style else "",
                   '<w:suff w:val="%s"/>' % suffix if suffix else "", text, indent))

    outline = [level(0, "chineseCounting", "%1、", "nothing", "2"),
               level(1, "chineseCounting", "（%2）", "nothing", "3")]
    outline += [level(i, "decimal", "%" + str(i + 1) + ".", None,
                      indent='<w:ind w:left="%d" w:hanging="425"/>' % (425 * (i + 1)))
                for i in range(2, 9)]
    return XML_DECL + (
        '<w:numbering %s>'
        '<w:abstractNum w:abstractNumId="0"><w:nsid w:val="5E1A3C27"/><w:multiLevelType w:val="multilevel"/>'
        '<w:tmpl w:val="9B3E40D2"/>%s</w:abstractNum>'
        '<w:abstractNum w:abstractNumId="1"><w:nsid w:val="0C4F7A19"/><w:multiLevelType w:val="singleLevel"/>'
        '<w:tmpl w:val="0C4F7A19"/>%s</w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
        '</w:numbering>' % (ROOT_NAMESPACES, "".join(outline), level(0, "decimal", "%1.", None)))


def settings_xml():
    return XML_DECL + (
        '<w:settings %s><w:zoom w:percent="100"/><w:bordersDoNotSurroundHeader w:val="1"/>'
        '<w:bordersDoNotSurroundFooter w:val="1"/><w:documentProtection w:enforcement="0"/>'
        '<w:defaultTabStop w:val="420"/><w:drawingGridVerticalSpacing w:val="156"/>'
        '<w:displayHorizontalDrawingGridEvery w:val="1"/><w:displayVerticalDrawingGridEvery w:val="1"/>'
        '<w:noPunctuationKerning w:val="1"/><w:characterSpacingControl w:val="compressPunctuation"/>'
        '<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/>'
        '<w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/>'
        '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="14"/>'
        '</w:compat><w:docVars><w:docVar w:name="commondata" w:val="eyJoZGlkIjoiMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAifQ=="/>'
        '</w:docVars><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>'
        '<w:clrSchemeMapping w:bg1="light1" w:t1="dark1" w:bg2="light2" w:t2="dark2" w:accent1="accent1" '
        'w:accent2="accent2" w:accent3="accent3" w:accent4="accent4" w:accent5="accent5" w:accent6="accent6" '
        'w:hyperlink="hyperlink" w:followedHyperlink="followedHyperlink"/><w:doNotIncludeSubdocsInStats/>'
        '<mc:AlternateContent><mc:Choice Requires="wpsCustomData"><wpsCustomData:typoFeatureVersion val="1"/>'
        '</mc:Choice></mc:AlternateContent></w:settings>' % ROOT_NAMESPACES)


FONT_TABLE = XML_DECL + (
    '<w:fonts xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="%s" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">'
    '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>'
    '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
    '<w:font w:name="宋体"><w:panose1 w:val="02010600030101010101"/><w:charset w:val="86"/>'
    '<w:family w:val="auto"/><w:pitch w:val="default"/></w:font>'
    '<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/><w:panose1 w:val="02010609030101010101"/>'
    '<w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="default"/></w:font>'
    '<w:font w:name="黑体"><w:panose1 w:val="02010609060101010101"/><w:charset w:val="86"/>'
    '<w:family w:val="auto"/><w:pitch w:val="default"/></w:font>'
    '<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/><w:panose1 w:val="02010609030101010101"/>'
    '<w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="default"/></w:font>'
    '<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/><w:panose1 w:val="02000000000000000000"/>'
    '<w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="default"/></w:font></w:fonts>' % W_NS)

CONTENT_TYPES = XML_DECL + (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>'
    '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
    '</Types>')

REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
PACKAGE_RELS = XML_DECL + (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="%sofficeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId3" Type="%sextended-properties" Target="docProps/app.xml"/>'
    '<Relationship Id="rId4" Type="%scustom-properties" Target="docProps/custom.xml"/>'
    '</Relationships>' % (REL, REL, REL))

DOCUMENT_RELS = XML_DECL + (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="%sstyles" Target="styles.xml"/>'
    '<Relationship Id="rId2" Type="%ssettings" Target="settings.xml"/>'
    '<Relationship Id="rId3" Type="%stheme" Target="theme/theme1.xml"/>'
    '<Relationship Id="rId4" Type="%snumbering" Target="numbering.xml"/>'
    '<Relationship Id="rId5" Type="%scustomXml" Target="../customXml/item1.xml"/>'
    '<Relationship Id="rId6" Type="%sfontTable" Target="fontTable.xml"/>'
    '</Relationships>' % ((REL,) * 6))

CUSTOM_XML_ITEM = XML_DECL + (
    '<s:customData xmlns="%s" xmlns:s="%s"><customSectProps><customSectPr/></customSectProps>'
    '<customShpExts/></s:customData>' % (WPS_NS, WPS_NS))

CUSTOM_XML_PROPS = XML_DECL + (
    '<ds:datastoreItem ds:itemID="{6F1C9A5E-3B7D-4E20-9A41-2C8D5B7E0F13}" '
    'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs>'
    '<ds:schemaRef ds:uri="%s"/></ds:schemaRefs></ds:datastoreItem>' % WPS_NS)

CUSTOM_XML_RELS = XML_DECL + (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="%scustomXmlProps" Target="itemProps1.xml"/></Relationships>' % REL)

CORE = XML_DECL + (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    '<dcterms:created xsi:type="dcterms:W3CDTF">2025-07-08T09:12:00Z</dcterms:created>'
    '<dc:creator>科技创新局</dc:creator><cp:lastModifiedBy>科技创新局</cp:lastModifiedBy>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2025-07-10T08:30:00Z</dcterms:modified>'
    '</cp:coreProperties>')

APP = XML_DECL + (
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    '<Template>Normal</Template><Pages>3</Pages><Words>0</Words><Characters>0</Characters><Lines>0</Lines>'
    '<Paragraphs>0</Paragraphs><TotalTime>0</TotalTime><ScaleCrop>false</ScaleCrop>'
    '<LinksUpToDate>false</LinksUpToDate><CharactersWithSpaces>0</CharactersWithSpaces>'
    '<Application>WPS Office_12.1.0.16729_0A6D2F31-8C4B-4E57-B2D9-7F3E1C5A9B80</Application>'
    '<DocSecurity>0</DocSecurity></Properties>')

CUSTOM = XML_DECL + (
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer">'
    '<vt:lpwstr>2052-12.1.0.16729</vt:lpwstr></property>'
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV">'
    '<vt:lpwstr>3C9E2B7A41D84F6A9E05B1D27C6F8A43_12</vt:lpwstr></property></Properties>')


def main():
    title, blocks = read_source()
    path = os.path.join(OUT, "wps.docx")
    write_package(path, [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", PACKAGE_RELS),
        ("docProps/app.xml", APP),
        ("docProps/core.xml", CORE),
        ("docProps/custom.xml", CUSTOM),
        ("customXml/item1.xml", CUSTOM_XML_ITEM),
        ("customXml/itemProps1.xml", CUSTOM_XML_PROPS),
        ("customXml/_rels/item1.xml.rels", CUSTOM_XML_RELS),
        ("word/document.xml", document_xml(title, blocks)),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS),
        ("word/styles.xml", styles_xml()),
        ("word/numbering.xml", numbering_xml()),
        ("word/settings.xml", settings_xml()),
        ("word/fontTable.xml", FONT_TABLE),
        ("word/theme/theme1.xml", theme_xml("WPS", "Calibri", "宋体")),
    ])
    print("wrote", path)


if __name__ == "__main__":
    main()
