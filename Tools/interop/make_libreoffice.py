#!/usr/bin/python3
"""Samples/interop/libreoffice.docx, converted by LibreOffice from a flat ODT made from source.md.

source.md -> interop.fodt (ODF 1.3: `text:h` outline headings, a `text:list` with its
own list style, a `table:table` with a repeated header row) ->
`soffice --headless --convert-to docx` with a private user profile.

What LibreOffice brings: its own style ids (`Heading1`, `Title`, `Textbody`), the ODF
outline numbering exported as a numbering.xml list that the headings use through their
style (numFmt none, so no label), the list's numbering on the paragraphs, the header row
as `w:tblHeader`, bookmarks it adds itself, and a docProps/app.xml naming LibreOffice.
"""
import os
import shutil
import subprocess
import tempfile

from interop_common import OUT, escape, normalize_zip, read_source

HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><meta:generator>Tools/interop/make_libreoffice.py</meta:generator><dc:title>%(title)s</dc:title></office:meta>
<office:font-face-decls>
 <style:font-face style:name="仿宋_GB2312" svg:font-family="仿宋_GB2312"/>
 <style:font-face style:name="黑体" svg:font-family="黑体"/>
 <style:font-face style:name="楷体_GB2312" svg:font-family="楷体_GB2312"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:line-height="150%%"/>
  <style:text-properties fo:font-size="16pt" style:font-name-asian="仿宋_GB2312" style:font-size-asian="16pt"
    fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
  <style:paragraph-properties fo:text-indent="1.13cm"/>
 </style:style>
 <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:class="chapter">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.42cm"/>
  <style:text-properties fo:font-size="22pt" fo:font-weight="bold" style:font-size-asian="22pt" style:font-weight-asian="bold"/>
 </style:style>
 <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
  <style:paragraph-properties fo:margin-top="0.42cm" fo:keep-with-next="always"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="1" style:class="text">
  <style:text-properties style:font-name-asian="黑体"/>
 </style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Heading" style:default-outline-level="2" style:class="text">
  <style:text-properties style:font-name-asian="楷体_GB2312"/>
 </style:style>
 <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
  <style:paragraph-properties fo:text-align="center" fo:line-height="100%%"/>
  <style:text-properties fo:font-size="12pt" style:font-size-asian="12pt"/>
 </style:style>
 <style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
  <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>
 </style:style>
 <style:style style:name="Numbering_20_Symbols" style:display-name="Numbering Symbols" style:family="text"/>
 <text:outline-style style:name="Outline">
  <text:outline-level-style text:level="1" style:num-format=""/>
  <text:outline-level-style text:level="2" style:num-format=""/>
 </text:outline-style>
 <text:list-style style:name="Numbering_20_123" style:display-name="Numbering 123">
  <text:list-level-style-number text:level="1" text:style-name="Numbering_20_Symbols" style:num-suffix="." style:num-format="1">
   <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
    <style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="1.27cm" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/>
   </style:list-level-properties>
  </text:list-level-style-number>
 </text:list-style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="3.7cm" fo:margin-bottom="3.5cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/>
 </style:page-layout>
 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="15.6cm" table:align="center"/></style:style>
 <style:style style:name="TblA" style:family="table-column"><style:table-column-properties style:column-width="5.6cm"/></style:style>
 <style:style style:name="TblB" style:family="table-column"><style:table-column-properties style:column-width="6.4cm"/></style:style>
 <style:style style:name="TblC" style:family="table-column"><style:table-column-properties style:column-width="3.6cm"/></style:style>
 <style:style style:name="TblCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
"""
TAIL = "</office:text></office:body></office:document>\n"


def table_xml(rows):
    columns = ["TblA", "TblB", "TblC"]
    if len(rows[0]) != len(columns):
        raise ValueError("the LibreOffice table layout expects %d columns" % len(columns))
    out = ['<table:table table:name="重点技改项目" table:style-name="Tbl">']
    out += ['<table:table-column table:style-name="%s"/>' % c for c in columns]

    def row(cells, paragraph_style):
        return "<table:table-row>%s</table:table-row>" % "".join(
            '<table:table-cell table:style-name="TblCell" office:value-type="string">'
            '<text:p text:style-name="%s">%s</text:p></table:table-cell>' % (paragraph_style, escape(c))
            for c in cells)

    out.append("<table:table-header-rows>%s</table:table-header-rows>" % row(rows[0], "Table_20_Heading"))
    out += [row(cells, "Table_20_Contents") for cells in rows[1:]]
    out.append("</table:table>\n")
    return "".join(out)


def build_fodt(title, blocks):
    parts = [HEAD % {"title": escape(title)}]
    parts.append('<text:p text:style-name="Title">%s</text:p>\n' % escape(title))
    list_items = []

    def flush_list():
        if list_items:
            parts.append('<text:list text:style-name="Numbering_20_123">%s</text:list>\n' % "".join(
                '<text:list-item><text:p text:style-name="Text_20_body">%s</text:p></text:list-item>' % escape(t)
                for t in list_items))
            list_items.clear()

    for kind, payload in blocks:
        if kind != "li":
            flush_list()
        if kind in ("h1", "h2"):
            level = kind[1]
            parts.append('<text:h text:style-name="Heading_20_%s" text:outline-level="%s">%s</text:h>\n'
                         % (level, level, escape(payload)))
        elif kind == "p":
            parts.append('<text:p text:style-name="Text_20_body">%s</text:p>\n' % escape(payload))
        elif kind == "li":
            list_items.append(payload)
        elif kind == "table":
            parts.append(table_xml(payload))
        else:
            raise ValueError(kind)
    flush_list()
    parts.append(TAIL)
    return "".join(parts)


def main():
    title, blocks = read_source()
    work = tempfile.mkdtemp(prefix="interop-lo-")
    try:
        source = os.path.join(work, "libreoffice.fodt")
        with open(source, "w", encoding="utf-8") as f:
            f.write(build_fodt(title, blocks))
        subprocess.run(
            ["soffice", "-env:UserInstallation=file:///tmp/lo-profile-interop", "--headless",
             "--convert-to", "docx:MS Word 2007 XML", "--outdir", work, source],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        path = os.path.join(OUT, "libreoffice.docx")
        shutil.copyfile(os.path.join(work, "libreoffice.docx"), path)
        normalize_zip(path)
        print("wrote", path)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
