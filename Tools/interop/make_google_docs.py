#!/usr/bin/python3
"""Samples/interop/google-docs.docx: hand-written in the way Google Docs' "Download → .docx" looks.

Google Docs is not available here, so the package is built with zipfile. It imitates
the shape of Google's export (no part is copied from a real export):

* no docProps/ at all (neither core.xml nor app.xml): the package relationships name
  only the main part;
* w:document declares a long namespace list, mc:Ignorable="w14 w15 w16se w16cid w16 w16cex w16sdtdh wp14";
* every paragraph carries the same all-zero rsid attributes and a w14:paraId; every run
  carries all-zero rsids and a full w:rPr ending in <w:rtl w:val="0"/>;
* runs are split where Google's font fallback changes: CJK text in "Arial Unicode MS",
  digits and Latin in the document font (no w:rFonts);
* paragraphs often end with an empty run (rPr only, no text);
* headings use pStyle Title/Heading1/Heading2 and open with a `_heading=h.…` bookmark;
  a user bookmark is a `kix.…` bookmark in the middle of a paragraph, with
  w:colFirst/w:colLast attributes;
* the list is w:numPr on the paragraphs (numbering.xml with all nine levels, decimal
  "%1." then lowerLetter/lowerRoman, w:rPr <w:u w:val="none"/>);
* the table has tblStyle "Table1", fractional twips widths ("9025.511811023624"),
  w:tblGrid, w:tcMar per cell, w:cantSplit/w:tblHeader w:val="0" in every row;
* sectPr with w:pgSz, w:pgMar (header/footer 720) and w:pgNumType w:start="1".
"""
import os
import re

from interop_common import OUT, escape, read_source, theme_xml, write_package

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

ROOT_NAMESPACES = (
    'xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
    'xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" '
    'xmlns:cx1="http://schemas.microsoft.com/office/drawing/2015/9/8/chartex" '
    'xmlns:aink="http://schemas.microsoft.com/office/drawing/2016/ink" '
    'xmlns:am3d="http://schemas.microsoft.com/office/drawing/2017/model3d" '
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
    'xmlns:w16cex="http://schemas.microsoft.com/office/word/2018/wordml/cex" '
    'xmlns:w16cid="http://schemas.microsoft.com/office/word/2016/wordml/cid" '
    'xmlns:w16="http://schemas.microsoft.com/office/word/2018/wordml" '
    'xmlns:w16sdtdh="http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash" '
    'xmlns:w16se="http://schemas.microsoft.com/office/word/2015/wordml/symex" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wpi="http://schemas.microsoft.com/office/word/2010/wordprocessingInk" '
    'xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'mc:Ignorable="w14 w15 w16se w16cid w16 w16cex w16sdtdh wp14"' % W_NS)

XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
RSID_P = 'w:rsidR="00000000" w:rsidDel="00000000" w:rsidP="00000000" w:rsidRDefault="00000000" w:rsidRPr="00000000"'
RSID_R = 'w:rsidDel="00000000" w:rsidR="00000000" w:rsidRPr="00000000"'
CJK_FONT = "Arial Unicode MS"


def run(text, bold=False):
    """One run, in the font Google's fallback picks for the text's script."""
    fonts = ""
    if not text[0].isascii():
        fonts = '<w:rFonts w:ascii="%s" w:cs="%s" w:eastAsia="%s" w:hAnsi="%s"/>' % ((CJK_FONT,) * 4)
    bold_xml = '<w:b w:val="1"/><w:bCs w:val="1"/>' if bold else ""
    return ('<w:r %s><w:rPr>%s%s<w:rtl w:val="0"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>'
            % (RSID_R, fonts, bold_xml, escape(text)))


def empty_run():
    return '<w:r %s><w:rPr><w:rtl w:val="0"/></w:rPr></w:r>' % RSID_R


def runs(text, bold=False):
    return "".join(run(m.group(0), bold) for m in re.finditer(r"[\x00-\x7f]+|[^\x00-\x7f]+", text))


class Body:
    def __init__(self):
        self.parts = []
        self.para_id = 0
        self.bookmark = -1

    def open_paragraph(self, ppr):
        self.para_id += 1
        return '<w:p %s w14:paraId="%08X">%s' % (RSID_P, self.para_id, ppr)

    def bookmark_pair(self, name):
        self.bookmark += 1
        return ('<w:bookmarkStart w:colFirst="0" w:colLast="0" w:name="%s" w:id="%d"/><w:bookmarkEnd w:id="%d"/>'
                % (name, self.bookmark, self.bookmark))

    def styled(self, style, text, heading_id):
        ppr = ('<w:pPr><w:pStyle w:val="%s"/><w:keepNext w:val="0"/><w:keepLines w:val="0"/>'
               '<w:spacing w:after="120" w:before="240" w:lineRule="auto"/><w:rPr/></w:pPr>' % style)
        self.parts.append(self.open_paragraph(ppr) + self.bookmark_pair("_heading=h." + heading_id)
                          + runs(text) + "</w:p>")

    def paragraph(self, text, kix=None):
        ppr = ('<w:pPr><w:spacing w:after="0" w:before="0" w:line="360" w:lineRule="auto"/>'
               '<w:ind w:firstLine="640"/><w:jc w:val="both"/><w:rPr/></w:pPr>')
        content = runs(text)
        if kix and kix[0] in text:
            # A user bookmark around a phrase: the run holding it is split there.
            phrase, name = kix
            before, _, after = text.partition(phrase)
            self.bookmark += 1
            content = (runs(before) if before else "") + (
                '<w:bookmarkStart w:colFirst="0" w:colLast="0" w:name="%s" w:id="%d"/>%s<w:bookmarkEnd w:id="%d"/>'
                % (name, self.bookmark, runs(phrase), self.bookmark)) + (runs(after) if after else "")
        self.parts.append(self.open_paragraph(ppr) + content + empty_run() + "</w:p>")

    def list_item(self, text):
        ppr = ('<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
               '<w:spacing w:after="0" w:afterAutospacing="0" w:before="0" w:beforeAutospacing="0" w:line="360" '
               'w:lineRule="auto"/><w:ind w:left="720" w:hanging="360"/><w:rPr><w:u w:val="none"/></w:rPr></w:pPr>')
        self.parts.append(self.open_paragraph(ppr) + runs(text) + "</w:p>")

    def table(self, rows):
        widths = ["3240.0", "3600.0", "2185.511811023624"]
        if len(rows[0]) != len(widths):
            raise ValueError("the Google Docs table layout expects %d columns" % len(widths))
        border = '<w:%s w:color="000000" w:space="0" w:sz="8" w:val="single"/>'
        borders = "".join(border % side for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
        out = ['<w:tbl><w:tblPr><w:tblStyle w:val="Table1"/><w:tblW w:w="9025.511811023624" w:type="dxa"/>'
               '<w:jc w:val="left"/><w:tblBorders>%s</w:tblBorders><w:tblLayout w:type="fixed"/>'
               '<w:tblLook w:val="0600"/></w:tblPr><w:tblGrid>%s</w:tblGrid>'
               % (borders, "".join('<w:gridCol w:w="%s"/>' % w for w in widths))]
        for r, cells in enumerate(rows):
            out.append('<w:tr><w:trPr><w:cantSplit w:val="0"/><w:tblHeader w:val="0"/></w:trPr>')
            for text in cells:
                ppr = ('<w:pPr><w:widowControl w:val="0"/><w:spacing w:after="0" w:before="0" w:line="240" '
                       'w:lineRule="auto"/><w:jc w:val="center"/><w:rPr/></w:pPr>')
                out.append('<w:tc><w:tcPr><w:shd w:fill="auto" w:val="clear"/><w:tcMar>'
                           '<w:top w:w="100.0" w:type="dxa"/><w:left w:w="100.0" w:type="dxa"/>'
                           '<w:bottom w:w="100.0" w:type="dxa"/><w:right w:w="100.0" w:type="dxa"/></w:tcMar>'
                           '<w:vAlign w:val="top"/></w:tcPr>%s%s</w:p></w:tc>'
                           % (self.open_paragraph(ppr), runs(text, bold=r == 0)))
            out.append("</w:tr>")
        out.append("</w:tbl>")
        self.parts.append("".join(out))


SECT_PR = ('<w:sectPr><w:pgSz w:h="16838" w:w="11906" w:orient="portrait"/>'
           '<w:pgMar w:bottom="1440" w:top="1440" w:left="1440" w:right="1440" w:header="720" w:footer="720"/>'
           '<w:pgNumType w:start="1"/></w:sectPr>')

HEADING_IDS = iter("gjdgxs 30j0zll 1fob9te 3znysh7 2et92p0 tyjcwt 3dy6vkm 1t3h5sf 4d34og8 2s8eyo1 17dp8vu".split())


def document_xml(title, blocks):
    body = Body()
    body.styled("Title", title, next(HEADING_IDS))
    for kind, payload in blocks:
        if kind == "h1":
            body.styled("Heading1", payload, next(HEADING_IDS))
        elif kind == "h2":
            body.styled("Heading2", payload, next(HEADING_IDS))
        elif kind == "p":
            body.paragraph(payload, kix=("865.4万元", "kix.k4q2x9m7b1ta"))
        elif kind == "li":
            body.list_item(payload)
        elif kind == "table":
            body.table(payload)
        else:
            raise ValueError(kind)
    # Google closes the body with an empty paragraph after a list or table only when the
    # document ends with one; this one ends with text, so none is added.
    return XML_DECL + "<w:document %s><w:body>%s%s</w:body></w:document>" % (ROOT_NAMESPACES, "".join(body.parts), SECT_PR)


def styles_xml():
    def heading(style_id, name, size, before, after, bold=True):
        return ('<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/><w:basedOn w:val="Normal"/>'
                '<w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/><w:keepLines w:val="1"/>'
                '<w:spacing w:after="%d" w:before="%d" w:lineRule="auto"/></w:pPr><w:rPr>%s'
                '<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr></w:style>'
                % (style_id, name, after, before, '<w:b w:val="1"/>' if bold else "", size, size))

    return XML_DECL + (
        '<w:styles %s><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" '
        'w:eastAsia="Arial" w:hAnsi="Arial"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="zh-CN"/>'
        '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="276" w:lineRule="auto"/></w:pPr>'
        '</w:pPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="normal"/><w:qFormat/></w:style>'
        '%s%s%s%s'
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0.0" w:type="dxa"/>'
        '<w:tblCellMar><w:top w:w="0.0" w:type="dxa"/><w:left w:w="108.0" w:type="dxa"/>'
        '<w:bottom w:w="0.0" w:type="dxa"/><w:right w:w="108.0" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        '<w:style w:type="table" w:styleId="Table1"><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblStyleRowBandSize w:val="1"/>'
        '<w:tblStyleColBandSize w:val="1"/><w:tblCellMar><w:top w:w="100.0" w:type="dxa"/><w:left w:w="100.0" w:type="dxa"/>'
        '<w:bottom w:w="100.0" w:type="dxa"/><w:right w:w="100.0" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        '</w:styles>' % (ROOT_NAMESPACES,
                         heading("Heading1", "heading 1", 40, 400, 120, bold=False),
                         heading("Heading2", "heading 2", 32, 360, 120, bold=False),
                         heading("Title", "Title", 52, 0, 60, bold=False),
                         heading("Subtitle", "Subtitle", 30, 0, 320, bold=False)))


def numbering_xml():
    formats = ["decimal", "lowerLetter", "lowerRoman"] * 3
    levels = "".join(
        '<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/><w:lvlText w:val="%%%d."/>'
        '<w:lvlJc w:val="%s"/><w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr><w:rPr><w:u w:val="none"/></w:rPr></w:lvl>'
        % (i, fmt, i + 1, "right" if fmt == "lowerRoman" else "left", 720 * (i + 1))
        for i, fmt in enumerate(formats))
    return XML_DECL + (
        '<w:numbering %s><w:abstractNum w:abstractNumId="1">%s</w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>' % (ROOT_NAMESPACES, levels))


SETTINGS = XML_DECL + (
    '<w:settings %s><w:displayBackgroundShape w:val="1"/><w:embedTrueTypeFonts w:val="1"/>'
    '<w:saveSubsetFonts w:val="1"/><w:defaultTabStop w:val="720"/><w:compat>'
    '<w:compatSetting w:val="15" w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word"/>'
    '</w:compat></w:settings>' % ROOT_NAMESPACES)

FONT_TABLE = XML_DECL + (
    '<w:fonts %s><w:font w:name="Arial"/><w:font w:name="Arial Unicode MS"/></w:fonts>' % ROOT_NAMESPACES)

CONTENT_TYPES = XML_DECL + (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default ContentType="application/xml" Extension="xml"/>'
    '<Default ContentType="application/vnd.openxmlformats-package.relationships+xml" Extension="rels"/>'
    '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml" PartName="/word/numbering.xml"/>'
    '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml" PartName="/word/styles.xml"/>'
    '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml" PartName="/word/settings.xml"/>'
    '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml" PartName="/word/fontTable.xml"/>'
    '<Override ContentType="application/vnd.openxmlformats-officedocument.theme+xml" PartName="/word/theme/theme1.xml"/>'
    '<Override ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml" PartName="/word/document.xml"/>'
    '</Types>')

REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
PACKAGE_RELS = XML_DECL + (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="%sofficeDocument" Target="word/document.xml"/></Relationships>' % REL)

DOCUMENT_RELS = XML_DECL + (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="%stheme" Target="theme/theme1.xml"/>'
    '<Relationship Id="rId2" Type="%ssettings" Target="settings.xml"/>'
    '<Relationship Id="rId3" Type="%sfontTable" Target="fontTable.xml"/>'
    '<Relationship Id="rId4" Type="%snumbering" Target="numbering.xml"/>'
    '<Relationship Id="rId5" Type="%sstyles" Target="styles.xml"/>'
    '</Relationships>' % ((REL,) * 5))


def main():
    title, blocks = read_source()
    path = os.path.join(OUT, "google-docs.docx")
    write_package(path, [
        ("word/theme/theme1.xml", theme_xml("Office Theme", "Arial", "Arial")),
        ("word/settings.xml", SETTINGS),
        ("word/fontTable.xml", FONT_TABLE),
        ("word/numbering.xml", numbering_xml()),
        ("word/styles.xml", styles_xml()),
        ("word/document.xml", document_xml(title, blocks)),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS),
        ("_rels/.rels", PACKAGE_RELS),
        ("[Content_Types].xml", CONTENT_TYPES),
    ])
    print("wrote", path)


if __name__ == "__main__":
    main()
