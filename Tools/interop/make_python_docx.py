#!/usr/bin/python3
"""Samples/interop/python-docx.docx, written by python-docx (0.8.11) from source.md.

What python-docx brings: its bundled default template (customXml part, thumbnail,
stylesWithEffects, a numbering.xml full of unused lists), the title as a `Title`
paragraph (`add_heading(level=0)`), `Heading1`/`Heading2` styles, the numbered list
through the built-in `List Number` style, whose numbering lives in styles.xml
(the paragraphs carry no w:numPr), and a `Table Grid` table.
"""
import datetime
import os

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from interop_common import OUT, normalize_zip, read_source


def set_east_asian_font(style, name):
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    fonts.set(qn("w:eastAsia"), name)


def main():
    title, blocks = read_source()
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(16)
    set_east_asian_font(normal, "仿宋_GB2312")
    for name, font in (("Title", "方正小标宋简体"), ("Heading 1", "黑体"), ("Heading 2", "楷体_GB2312")):
        set_east_asian_font(doc.styles[name], font)

    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(3.7), Cm(3.5)
    section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)

    properties = doc.core_properties
    properties.author = properties.last_modified_by = "interop-samples"
    properties.title = title
    properties.created = properties.modified = datetime.datetime(2025, 7, 10)
    properties.revision = 1

    doc.add_heading(title, level=0)
    for kind, payload in blocks:
        if kind == "h1":
            doc.add_heading(payload, level=1)
        elif kind == "h2":
            doc.add_heading(payload, level=2)
        elif kind == "li":
            doc.add_paragraph(payload, style="List Number")
        elif kind == "p":
            paragraph = doc.add_paragraph(payload)
            paragraph.paragraph_format.first_line_indent = Pt(32)
        elif kind == "table":
            table = doc.add_table(rows=len(payload), cols=len(payload[0]))
            table.style = "Table Grid"
            for r, row in enumerate(payload):
                for c, text in enumerate(row):
                    cell = table.cell(r, c)
                    cell.text = text
                    if r == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
        else:
            raise ValueError(kind)

    path = os.path.join(OUT, "python-docx.docx")
    doc.save(path)
    normalize_zip(path)
    print("wrote", path)


if __name__ == "__main__":
    main()
