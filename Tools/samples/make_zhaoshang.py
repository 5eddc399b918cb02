#!/usr/bin/python3
"""Build Samples/zhaoshang-2025h1.docx with LibreOffice.

src/zhaoshang-2025h1.txt -> flat ODT (.fodt) with a real ODF list style for the
outline (一、 / （一） / 1.) -> `soffice --headless --convert-to docx`.
Level 1 label is followed by a tab, level 2 by nothing, level 3 by a space, so the
three Word w:suff variants all occur.
"""
import os
import shutil
import subprocess
import tempfile
from xml.sax.saxutils import escape

from common import SAMPLES, normalize_zip, read_markup

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><meta:generator>samples/make_zhaoshang.py</meta:generator><dc:title>云溪经济技术开发区招商局2025年上半年工作总结</dc:title></office:meta>
<office:font-face-decls>
 <style:font-face style:name="宋体" svg:font-family="宋体" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
 <style:font-face style:name="黑体" svg:font-family="黑体" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:line-height="150%"/>
  <style:text-properties fo:font-size="14pt" style:font-name-asian="宋体" style:font-size-asian="14pt"
    fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-indent="0.98cm"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/>
  <style:text-properties fo:font-size="20pt" fo:font-weight="bold" style:font-name-asian="黑体" style:font-size-asian="20pt" style:font-weight-asian="bold"/>
 </style:style>
 <style:style style:name="Outline1" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties style:font-name-asian="黑体" fo:font-weight="bold" style:font-weight-asian="bold"/>
 </style:style>
 <style:style style:name="Outline2" style:family="paragraph" style:parent-style-name="Standard">
  <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>
 </style:style>
 <style:style style:name="Outline3" style:family="paragraph" style:parent-style-name="Body"/>
 <style:style style:name="Sign" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="end"/>
 </style:style>
 <style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard">
  <style:paragraph-properties fo:text-align="center" fo:line-height="100%"/>
  <style:text-properties fo:font-size="11pt" style:font-size-asian="11pt"/>
 </style:style>
 <style:style style:name="CellHead" style:family="paragraph" style:parent-style-name="Cell">
  <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>
 </style:style>
 <style:style style:name="NumLabel" style:family="text">
  <style:text-properties style:language-asian="zh" style:country-asian="CN"/>
 </style:style>
 <text:list-style style:name="Outline">
  <text:list-level-style-number text:level="1" text:style-name="NumLabel" style:num-format="一, 二, 三, ..." style:num-suffix="、">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.7cm" fo:text-indent="0cm" fo:margin-left="0.98cm"/>
   </style:list-level-properties>
  </text:list-level-style-number>
  <text:list-level-style-number text:level="2" text:style-name="NumLabel" style:num-format="一, 二, 三, ..." style:num-prefix="（" style:num-suffix="）">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="nothing" fo:text-indent="0cm" fo:margin-left="0.98cm"/>
   </style:list-level-properties>
  </text:list-level-style-number>
  <text:list-level-style-number text:level="3" text:style-name="NumLabel" style:num-format="1" style:num-suffix=".">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="space" fo:text-indent="0.98cm" fo:margin-left="0cm"/>
   </style:list-level-properties>
  </text:list-level-style-number>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="A4">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="3.5cm" fo:margin-bottom="3.3cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/>
 </style:page-layout>
 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="15.6cm" table:align="center"/></style:style>
 <style:style style:name="TblC" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"/></office:master-styles>
<office:body><office:text>
"""
TAIL = "</office:text></office:body></office:document>\n"


def list_item(level, text, first):
    """One outline item as an ODF list continuing the single outline list 'outline'."""
    attrs = 'xml:id="outline"' if first else 'text:continue-list="outline"'
    nested = '<text:p text:style-name="Outline%d">%s</text:p>' % (level, escape(text))
    for _ in range(level - 1):
        nested = "<text:list><text:list-item>%s</text:list-item></text:list>" % nested
    return '<text:list text:style-name="Outline" %s><text:list-item>%s</text:list-item></text:list>\n' % (attrs, nested)


def table_xml(rows):
    ncols = len(rows[0][1])
    out = ['<table:table table:name="签约项目" table:style-name="Tbl">']
    out.append('<table:table-column table:number-columns-repeated="%d"/>' % ncols)
    for kind, cells in rows:
        out.append("<table:table-row>")
        for c in cells:
            style = "CellHead" if kind == "TH" else "Cell"
            out.append('<table:table-cell table:style-name="TblC" office:value-type="string"><text:p text:style-name="%s">%s</text:p></table:table-cell>' % (style, escape(c)))
        out.append("</table:table-row>")
    out.append("</table:table>\n")
    return "".join(out)


def build_fodt():
    parts = [HEAD]
    first = True
    rows = []
    items = read_markup("zhaoshang-2025h1.txt")
    for i, (tag, text) in enumerate(items):
        if tag in ("TH", "TR"):
            rows.append((tag, text.split("|")))
            nxt = items[i + 1][0] if i + 1 < len(items) else None
            if nxt not in ("TH", "TR"):
                parts.append(table_xml(rows))
                rows = []
            continue
        if tag == "T":
            parts.append('<text:p text:style-name="Title">%s</text:p>\n' % escape(text))
        elif tag == "P":
            parts.append('<text:p text:style-name="Body">%s</text:p>\n' % escape(text))
        elif tag == "R":
            parts.append('<text:p text:style-name="Sign">%s</text:p>\n' % escape(text))
        elif tag in ("L1", "L2", "L3"):
            parts.append(list_item(int(tag[1]), text, first))
            first = False
        else:
            raise ValueError(tag)
    parts.append(TAIL)
    return "".join(parts)


def main():
    work = tempfile.mkdtemp(prefix="zhaoshang-")
    try:
        src = os.path.join(work, "zhaoshang-2025h1.fodt")
        with open(src, "w", encoding="utf-8") as f:
            f.write(build_fodt())
        profile = "file://" + os.path.join(work, "lo-profile")
        subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless",
                        "--convert-to", "docx:MS Word 2007 XML", "--outdir", work, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        out = os.path.join(SAMPLES, "zhaoshang-2025h1.docx")
        shutil.copyfile(os.path.join(work, "zhaoshang-2025h1.docx"), out)
        normalize_zip(out)
        print("wrote", out)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
