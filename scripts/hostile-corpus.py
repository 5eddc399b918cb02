#!/usr/bin/env python3
"""Writes the hostile inputs of issue 6 at full size, one file per case, into a directory.

    scripts/hostile-corpus.py OUT_DIR            every case, full size (about 0.6 GB on disk, ~1 minute)
    scripts/hostile-corpus.py OUT_DIR --reduced  small sizes, for valgrind (a few MB)
    scripts/hostile-corpus.py --list             the case names and expected outcomes

Each case is OUT_DIR/<name>.docx; OUT_DIR/expected.tsv lists "name<TAB>expected" where expected is "ok" or
the error code `docx-extract` must give with the default limits ("a|b" when either is accepted, for known
issues). The same cases, small, are Tests/TestSupport/HostileInputs.swift; keep the two in step.

Python 3 standard library only.
"""

import argparse
import os
import random
import struct
import sys
import zlib

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
WORD_ML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
TEXT = "正文内容Hello"
MiB = 1 << 20
GiB = 1 << 30


# ---------------------------------------------------------------------------------------------- zip writing

class Entry:
    """One zip entry with every header field settable, like Tests/TestSupport/RawZip.swift."""

    def __init__(self, name, data, method=0, crc=None, size=None, local_name=None, flags=0x800, zip64=False,
                 external=0, shares_local_header_of=None):
        self.name = name.encode() if isinstance(name, str) else name
        self.local_name = (local_name.encode() if isinstance(local_name, str) else local_name) or self.name
        self.data = data
        self.method = method
        self.crc = zlib.crc32(data) if crc is None else crc
        self.size = len(data) if size is None else size
        self.flags = flags
        self.zip64 = zip64
        self.external = external
        self.shares_local_header_of = shares_local_header_of


def stored(name, data):
    return Entry(name, data)


def deflated(name, data):
    compressor = zlib.compressobj(6, zlib.DEFLATED, -15)
    return Entry(name, compressor.compress(data) + compressor.flush(), method=8, crc=zlib.crc32(data), size=len(data))


def write_zip(path, entries, force_zip64=False):
    """Writes the archive to `path` (data is written straight through, never joined in memory)."""
    central = bytearray()
    offsets = []
    with open(path, "wb") as out:
        offset = 0
        for entry in entries:
            version = 45 if entry.zip64 else 20
            offsets.append(offset)
            if entry.shares_local_header_of is None:
                sizes = (0xFFFFFFFF, 0xFFFFFFFF) if entry.zip64 else (len(entry.data) & 0xFFFFFFFF, entry.size & 0xFFFFFFFF)
                extra = struct.pack("<HHQQ", 1, 16, entry.size, len(entry.data)) if entry.zip64 else b""
                header = struct.pack("<IHHHHHIIIHH", 0x04034B50, version, entry.flags, entry.method, 9 << 11,
                                     (45 << 9) | (1 << 5) | 6, entry.crc, sizes[0], sizes[1], len(entry.local_name),
                                     len(extra))
                out.write(header + entry.local_name + extra)
                out.write(entry.data)
                offset += len(header) + len(entry.local_name) + len(extra) + len(entry.data)
            header_offset = offsets[entry.shares_local_header_of] if entry.shares_local_header_of is not None else offsets[-1]
            if entry.zip64:
                sizes = (0xFFFFFFFF, 0xFFFFFFFF)
                extra = struct.pack("<HHQQQ", 1, 24, entry.size, len(entry.data), header_offset)
                stored_offset = 0xFFFFFFFF
            else:
                sizes = (len(entry.data) & 0xFFFFFFFF, entry.size & 0xFFFFFFFF)
                extra = b""
                stored_offset = header_offset
            central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, (3 << 8) | version, version, entry.flags,
                                   entry.method, 9 << 11, (45 << 9) | (1 << 5) | 6, entry.crc, sizes[0], sizes[1],
                                   len(entry.name), len(extra), 0, 0, 0, entry.external, stored_offset)
            central += entry.name + extra
        central_offset = offset
        out.write(central)
        offset += len(central)
        count = len(entries)
        zip64 = force_zip64 or count > 0xFFFE or any(e.zip64 for e in entries) or central_offset >= 0xFFFFFFFF
        if zip64:
            out.write(struct.pack("<IQHHIIQQQQ", 0x06064B50, 44, (3 << 8) | 45, 45, 0, 0, count, count, len(central),
                                  central_offset))
            out.write(struct.pack("<IIQI", 0x07064B50, 0, offset, 1))
            out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0))
        else:
            out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(central), central_offset, 0))


# -------------------------------------------------------------------------------------- raw DEFLATE runs

class Bits:
    def __init__(self):
        self.out = bytearray()
        self.buffer = 0
        self.count = 0

    def write(self, value, bits):
        self.buffer |= (value & ((1 << bits) - 1)) << self.count
        self.count += bits
        while self.count >= 8:
            self.out.append(self.buffer & 0xFF)
            self.buffer >>= 8
            self.count -= 8

    def code(self, code, length):
        """A Huffman code, most significant bit first."""
        self.write(int(format(code, "0%db" % length)[::-1], 2) if length else 0, length)

    def stored_block(self, data, final):
        self.write(1 if final else 0, 1)
        self.write(0, 2)
        if self.count:
            self.write(0, 8 - self.count)
        self.write(len(data), 16)
        self.write(~len(data) & 0xFFFF, 16)
        self.out += data

    def bit_count(self):
        return len(self.out) * 8 + self.count

    def finish(self):
        if self.count:
            self.out.append(self.buffer & 0xFF)
        return bytes(self.out)


def canonical(lengths):
    top = max(lengths)
    counts = [0] * (top + 1)
    for length in lengths:
        if length:
            counts[length] += 1
    following = [0] * (top + 2)
    code = 0
    for bits in range(1, top + 1):
        code = (code + counts[bits - 1]) << 1
        following[bits] = code
    codes = []
    for length in lengths:
        if length:
            codes.append((following[length], length))
            following[length] += 1
        else:
            codes.append((0, 0))
    return codes


def run_length(lengths, split):
    """Code lengths as code-length symbols (0-2 literal, 17 and 18 zero runs); `split` cuts one long zero run in two."""
    symbols, index, done = [], 0, not split
    while index < len(lengths):
        if lengths[index]:
            symbols.append((lengths[index], 0, 0))
            index += 1
            continue
        run = 0
        while index + run < len(lengths) and lengths[index + run] == 0:
            run += 1
        index += run
        if not done and run >= 22:
            symbols.append((18, 0, 7))
            run -= 11
            done = True
        while run >= 11:
            take = min(run, 138)
            symbols.append((18, take - 11, 7))
            run -= take
        if run >= 3:
            symbols.append((17, run - 3, 3))
            run = 0
        symbols += [(0, 0, 0)] * run
    return symbols


def run_deflate(prefix, byte, count, suffix, dense=True):
    """Raw DEFLATE of `prefix`, `count` copies of `byte`, `suffix`, written directly, like RunDeflate in RawZip.swift.

    dense: one dynamic block where a 258-byte match costs 2 bits (about 1,030:1); otherwise fixed Huffman,
    13 bits a match (about 159:1, under the reader's default ratio limit of 200).
    """
    bits = Bits()
    for start in range(0, max(len(prefix), 1), 65535):
        bits.stored_block(prefix[start:start + 65535], False)
    matches, literals = (count - 1) // 258, (count - 1) % 258
    bits.write(0, 1)
    if dense:
        bits.write(2, 2)
        lengths = [0] * 286
        lengths[byte], lengths[256], lengths[285] = 2, 2, 1
        codes = canonical(lengths)
        literal, end, match, distance = codes[byte], codes[256], codes[285], (0, 1)
        bits.write(286 - 257, 5)
        bits.write(0, 5)
        order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
        cl_lengths = [0] * 19
        cl_lengths[0] = cl_lengths[2] = cl_lengths[18] = 2
        cl_lengths[1] = cl_lengths[17] = 3
        bits.write(18 - 4, 4)
        for symbol in order[:18]:
            bits.write(cl_lengths[symbol], 3)
        cl_codes = canonical(cl_lengths)
        symbols = run_length(lengths + [1], False)
        if (bits.bit_count() + sum(cl_lengths[s] + e for s, _, e in symbols)) % 2:
            symbols = run_length(lengths + [1], True)
        for symbol, extra, extra_bits in symbols:
            bits.code(*cl_codes[symbol])
            bits.write(extra, extra_bits)
    else:
        bits.write(1, 2)
        literal = (0x30 + byte, 8) if byte < 144 else (0x190 + byte - 144, 9)
        match, distance, end = (0xC5, 8), (0, 5), (0, 7)
    for _ in range(literals + 1):
        bits.code(*literal)
    while matches and bits.count:
        bits.code(*match)
        bits.code(*distance)
        matches -= 1
    period = 4 if dense else 8
    if matches >= period:
        one = Bits()
        for _ in range(period):
            one.code(*match)
            one.code(*distance)
        pattern = one.finish()
        repeats = matches // period
        bits.out += pattern * repeats
        matches -= repeats * period
    for _ in range(matches):
        bits.code(*match)
        bits.code(*distance)
    bits.code(*end)
    bits.stored_block(suffix, True)
    return bits.finish()


def crc_of_run(prefix, byte, count, suffix):
    crc = zlib.crc32(prefix)
    block = bytes([byte]) * (4 * MiB)
    while count > 0:
        take = min(count, len(block))
        crc = zlib.crc32(block[:take], crc)
        count -= take
    return zlib.crc32(suffix, crc)


# ------------------------------------------------------------------------------------------------ packages

NAMESPACES = 'xmlns:w="%s" xmlns:r="%s"' % (W, R)


def wrap(root, content, inner=None):
    opened, closed = ("<%s>" % inner, "</%s>" % inner) if inner else ("", "")
    return DECLARATION + "<%s %s>%s%s%s</%s>" % (root, NAMESPACES, opened, content, closed, root)


def paragraph(text):
    return '<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % text


def document_xml(body):
    return wrap("w:document", body, "w:body")


def package(document=None, body=None, parts=(), compress=True):
    """The entries of a package: content types, package rels, main part, its rels, then `parts`.

    parts: (name, xml, content type, relationship kind) tuples; document: the main part's bytes.
    """
    if document is None:
        document = document_xml(paragraph(TEXT) if body is None else body).encode()
    types = DECLARATION + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    types += '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    types += '<Default Extension="xml" ContentType="application/xml"/>'
    types += '<Override PartName="/word/document.xml" ContentType="%s"/>' % DOCUMENT_TYPE
    rels = ""
    for number, (name, _, content_type, kind) in enumerate(parts, 1):
        types += '<Override PartName="/%s" ContentType="%s"/>' % (name, content_type)
        rels += '<Relationship Id="rId%d" Type="%s/%s" Target="%s"/>' % (number, R, kind, name[len("word/"):])
    types += "</Types>"
    relationships = DECLARATION + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    package_rels = relationships + '<Relationship Id="rId1" Type="%s/officeDocument" Target="word/document.xml"/>' % R
    make = deflated if compress else stored
    entries = [
        make("[Content_Types].xml", types.encode()),
        make("_rels/.rels", (package_rels + "</Relationships>").encode()),
        Entry("word/document.xml", document) if not compress else deflated("word/document.xml", document),
        make("word/_rels/document.xml.rels", (relationships + rels + "</Relationships>").encode()),
    ]
    for name, xml, _, _ in parts:
        entries.append(make(name, xml if isinstance(xml, bytes) else xml.encode()))
    return entries


STYLES = ("word/styles.xml", wrap("w:styles", '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>'),
          WORD_ML + ".styles+xml", "styles")


def valid_entries(compress=True):
    return package(parts=[STYLES], compress=compress)


def index_of(entries, name):
    return next(i for i, e in enumerate(entries) if e.name == name.encode())


def text_bomb(count, dense=True, declared=None, zip64=False, real_crc=True):
    """A package whose main part's single w:t holds `count` copies of "a", as a DEFLATE run."""
    prefix, suffix = document_xml(paragraph("@")).encode().split(b"@")
    entries = package()
    data = run_deflate(prefix, ord("a"), count, suffix, dense)
    crc = crc_of_run(prefix, ord("a"), count, suffix) if real_crc else 0
    entries[index_of(entries, "word/document.xml")] = Entry(
        "word/document.xml", data, method=8, crc=crc, size=declared if declared is not None else len(prefix) + count + len(suffix),
        zip64=zip64)
    return entries


def zero_bomb(count, declared=None, name="word/document.xml", parts=()):
    """A package where `name` is `count` zero bytes as a DEFLATE run (not XML at all)."""
    entries = package(parts=parts)
    entry = Entry(name, run_deflate(b"", 0, count, b""), method=8, crc=crc_of_run(b"", 0, count, b""),
                  size=count if declared is None else declared, zip64=max(count, declared or 0) > 0xFFFFFFFF)
    if name.encode() in [e.name for e in entries]:
        entries[index_of(entries, name)] = entry
    else:
        entries.append(entry)
    return entries


def ole2(stream_name):
    data = bytearray(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + bytes(1024))
    utf16 = stream_name.encode("utf-16-le")
    data[600:600 + len(utf16)] = utf16
    return bytes(data)


def nested(depth, content=None):
    return "<w:customXml>" * depth + (content or paragraph(TEXT)) + "</w:customXml>" * depth


def with_doctype(xml, doctype):
    return xml.replace('standalone="yes"?>\n', 'standalone="yes"?>\n' + doctype)


BILLION_LAUGHS = ('<!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol1 "' + "&lol;" * 10 + '">'
                  + "".join('<!ENTITY lol%d "%s">' % (n, ("&lol%d;" % (n - 1)) * 10) for n in range(2, 10)) + "]>")


# ------------------------------------------------------------------------------------------------- the cases

def cases(reduced):
    """(name, expected, writer) for every case; writer(path) writes the file."""
    scale = (lambda full, small: small) if reduced else (lambda full, small: full)
    result = []

    def case(name, expected, entries=None, raw=None, force_zip64=False):
        def writer(path):
            if raw is not None:
                with open(path, "wb") as out:
                    out.write(raw() if callable(raw) else raw)
            else:
                write_zip(path, entries() if callable(entries) else entries, force_zip64)
        result.append((name, expected, writer))

    def zip_bytes(entries):
        path = os.path.join(os.environ.get("TMPDIR", "/tmp"), "hostile-corpus-%d.tmp" % os.getpid())
        write_zip(path, entries)
        with open(path, "rb") as handle:
            data = handle.read()
        os.remove(path)
        return data

    # Not a Word package
    case("valid", "ok", valid_entries)
    case("empty", "empty_file", raw=b"")
    case("random-bytes", "not_a_zip", raw=lambda: b"\0" + random.Random(6).randbytes(4095))
    case("legacy-doc", "legacy_doc", raw=ole2("WordDocument"))
    case("encrypted-docx", "encrypted", raw=ole2("EncryptedPackage"))
    workbook = DECLARATION + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>'

    def xlsx():
        entries = package(document=workbook.encode())
        types = entries[0]
        xml = zlib.decompress(types.data, -15).decode().replace(
            '"/word/document.xml" ContentType="%s"' % DOCUMENT_TYPE,
            '"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"')
        entries[0] = deflated("[Content_Types].xml", xml.encode())
        return entries
    case("xlsx-renamed", "not_word_document", xlsx)

    # Damaged archives
    valid = zip_bytes(valid_entries())
    case("truncated-at-half", "corrupt_archive", raw=valid[:len(valid) // 2])
    case("truncated-in-end-record", "corrupt_archive", raw=valid[:-5])
    for offset in range(0, len(valid), max(1, len(valid) // 12)):
        case("truncated-at-%05d" % offset, "empty_file" if offset == 0 else "not_a_zip" if offset < 4 else "corrupt_archive",
             raw=valid[:offset])

    def damaged(change):
        def make():
            entries = valid_entries(compress=False)
            change(entries, index_of(entries, "word/document.xml"))
            return entries
        return make

    def flip_text(entries, index):
        data = bytearray(entries[index].data)
        data[data.index(b"Hello")] ^= 1
        entries[index].data = bytes(data)
    case("bad-crc-in-text", "corrupt_archive", damaged(flip_text))

    def flip_markup(entries, index):
        data = bytearray(entries[index].data)
        data[data.index(b"<w:body>")] ^= 1
        entries[index].data = bytes(data)
    # Known issue (RobustnessTests.damagedMarkupInAStoredEntryIsACorruptArchive): reported as malformed_xml.
    case("bad-crc-in-markup", "corrupt_archive", damaged(flip_markup))
    case("duplicate-entry-names", "duplicate_entry",
         lambda: valid_entries() + [deflated("word/document.xml", document_xml(paragraph(TEXT)).encode())])
    case("duplicate-entry-names-differing-in-case", "duplicate_entry",
         lambda: valid_entries() + [deflated("WORD/document.xml", document_xml(paragraph(TEXT)).encode())])
    case("local-name-differs-from-central", "corrupt_archive",
         damaged(lambda entries, index: setattr(entries[index], "local_name", b"word/documenx.xml")))
    case("unsupported-compression-method", "corrupt_archive",
         damaged(lambda entries, index: setattr(entries[index], "method", 6)))
    case("zip-encrypted-entry", "encrypted", damaged(lambda entries, index: setattr(entries[index], "flags", 0x801)))

    def overlapping():
        entries = valid_entries()
        entries[index_of(entries, "word/styles.xml")].shares_local_header_of = index_of(entries, "word/document.xml")
        return entries
    case("overlapping-entries", "corrupt_archive", overlapping)
    case("directory-named-like-main-part", "missing_part",
         lambda: [e for e in valid_entries() if e.name != b"word/document.xml"]
         + [Entry("word/document.xml/", b"", external=0o040755 << 16)])

    # Hostile XML
    plain = document_xml(paragraph(TEXT))

    def main(xml):
        return lambda: package(document=xml if isinstance(xml, bytes) else xml.encode())

    def with_text(inserted):
        before, after = document_xml(paragraph("@")).encode().split(b"@")
        return before + inserted + after
    case("malformed-xml-unclosed-tag", "malformed_xml", main(plain.replace("</w:t>", "")))
    case("malformed-xml-stray-lt", "malformed_xml", main(plain.replace("Hello", "a < b")))
    case("malformed-xml-bad-utf8", "malformed_xml", main(with_text(b"a\xFF\xFEb")))
    case("malformed-xml-overlong-utf8", "malformed_xml", main(with_text(b"a\xC0\xBCb")))
    case("malformed-xml-nul-byte", "malformed_xml", main(with_text(b"a\x00b")))
    rich = document_xml(paragraph("一、总体情况") + '<w:tbl><w:tr><w:tc>' + paragraph("企业 &amp; 金额") + "</w:tc></w:tr></w:tbl>").encode()
    for offset in range(0, len(rich), max(1, len(rich) // 10)):
        case("malformed-xml-cut-at-%04d" % offset, "malformed_xml", main(rich[:offset]))
    case("xxe-file", "malformed_xml",
         main(with_doctype(document_xml(paragraph("&xxe;")), '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')))
    case("xxe-parameter-entity", "malformed_xml",
         main(with_doctype(plain, '<!DOCTYPE w:document [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>')))
    case("external-dtd", "malformed_xml", main(with_doctype(plain, '<!DOCTYPE w:document SYSTEM "http://127.0.0.1:9/evil.dtd">')))
    case("billion-laughs", "malformed_xml", main(with_doctype(document_xml(paragraph("&lol9;")), BILLION_LAUGHS)))

    def xxe_types():
        entries = valid_entries()
        entries[0] = deflated("[Content_Types].xml", b'<?xml version="1.0"?><!DOCTYPE Types [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
                              b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">&xxe;</Types>')
        return entries
    case("xxe-in-content-types", "malformed_xml", xxe_types)
    case("deep-nesting-%d" % scale(100_000, 10_000), "limit_exceeded", lambda: package(body=nested(scale(100_000, 10_000))))
    case("deep-nesting-at-the-limit", "ok", lambda: package(body=nested(256 - 5)))
    case("deep-nesting-one-over-the-limit", "limit_exceeded", lambda: package(body=nested(256 - 4)))

    # Bombs and limits
    case("zip-bomb-declared-%s" % scale("1gib", "64mib"), "limit_exceeded",
         lambda: text_bomb(scale(GiB, 64 * MiB), declared=scale(None, GiB)))
    case("zip-bomb-zip64-declared-10gib-zeros", "limit_exceeded",
         lambda: zero_bomb(scale(10 * GiB, 64 * MiB), declared=10 * GiB))
    case("zip-bomb-10gib-zeros-lying-size", "malformed_xml", lambda: zero_bomb(scale(10 * GiB, 64 * MiB), declared=1000))
    case("zip-bomb-ratio-%s-text-lying-size" % scale("1gib", "64mib"), "limit_exceeded",
         lambda: text_bomb(scale(GiB, 64 * MiB), declared=1000, real_crc=not reduced))
    if not reduced:
        case("zip-bomb-10gib-text-lying-size", "limit_exceeded", lambda: text_bomb(10 * GiB, declared=1000, real_crc=False))
        case("zip-bomb-600mib-under-the-ratio-lying-size", "limit_exceeded",
             lambda: text_bomb(600 * MiB, dense=False, declared=1000))
        headers = []
        for number in range(1, 4):
            headers.append(("word/header%d.xml" % number, None, WORD_ML + ".header+xml", "header"))

        def total_bomb():
            prefix, suffix = wrap("w:hdr", paragraph("@")).encode().split(b"@")
            entries = package(parts=[(name, b"", kind, rel) for name, _, kind, rel in headers])
            for name, _, _, _ in headers:
                entries[index_of(entries, name)] = Entry(
                    name, run_deflate(prefix, ord("a"), 400 * MiB, suffix, dense=False), method=8,
                    crc=crc_of_run(prefix, ord("a"), 400 * MiB, suffix), size=len(prefix) + 400 * MiB + len(suffix))
            return entries
        case("zip-bomb-total-3x400mib-headers", "limit_exceeded", total_bomb)
    styles_prefix, styles_suffix = wrap("w:styles", "@").encode().split(b"@")

    def styles_bomb():
        entries = valid_entries()
        entries[index_of(entries, "word/styles.xml")] = Entry(
            "word/styles.xml", run_deflate(styles_prefix, ord(" "), scale(GiB, 64 * MiB), styles_suffix), method=8,
            crc=0, size=1000)
        return entries
    case("zip-bomb-in-styles-lying-size", "limit_exceeded", styles_bomb)
    case("zip-bomb-unreferenced-10gib", "ok",
         lambda: zero_bomb(scale(10 * GiB, 64 * MiB), name="word/media/bomb.bin", parts=[STYLES]))

    def many(count):
        def make():
            entries = package(body=paragraph(TEXT))
            entries += [stored("word/media/image%d.png" % n, b"") for n in range(count - len(entries))]
            return entries
        return make
    case("entries-%d" % scale(100_000, 20_000), "limit_exceeded", many(scale(100_000, 20_000)))
    case("entries-at-the-limit", "ok", many(10_000))

    # Odd but valid
    chinese = "第一段：营业收入12.5亿元"
    xml = document_xml(paragraph(chinese))
    utf16 = xml.replace('encoding="UTF-8"', 'encoding="UTF-16"')
    case("empty-main-part", "malformed_xml", main(b""))
    case("bom-only-main-part", "malformed_xml", main(b"\xEF\xBB\xBF"))
    case("utf16le-main-part", "ok", main(b"\xFF\xFE" + utf16.encode("utf-16-le")))
    case("utf16be-main-part", "ok", main(b"\xFE\xFF" + utf16.encode("utf-16-be")))
    case("utf8-bom-main-part", "ok", main(b"\xEF\xBB\xBF" + xml.encode()))

    def zip64_records():
        entries = valid_entries()
        for entry in entries:
            entry.zip64 = True
        return entries
    case("zip64-records", "ok", zip64_records)
    case("malformed-styles-part", "ok",
         lambda: package(parts=[("word/styles.xml", wrap("w:styles", "<w:style>"), STYLES[2], "styles")]))
    case("directory-entries-beside-parts", "ok",
         lambda: valid_entries() + [Entry("word/", b"", external=0o040755 << 16),
                                    Entry("word/document.xml/", b"", external=0o040755 << 16)])
    # The default memory budget of a document (--max-document-mib 128: text counts twice, a run 64 bytes more) stops
    # the full-size paragraph and the full-size run storm; the reduced ones read.
    paragraph_bytes = scale(200_000_000, 1_000_000)
    case("huge-paragraph-%dmb" % (paragraph_bytes // 1_000_000), "limit_exceeded" if paragraph_bytes > 64_000_000 else "ok",
         lambda: package(body=paragraph("数据abcd" * (paragraph_bytes // 10)), compress=False))
    runs = scale(5_000_000, 10_000)
    case("tiny-runs-%d" % runs, "limit_exceeded" if runs > 1_000_000 else "ok", lambda: package(body="<w:p>" + "<w:r><w:t>字</w:t></w:r>" * runs + "</w:p>", compress=False))
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("directory", nargs="?")
    parser.add_argument("--reduced", action="store_true", help="small sizes, for valgrind")
    parser.add_argument("--list", action="store_true", help="print the cases and expected outcomes")
    arguments = parser.parse_args()
    all_cases = cases(arguments.reduced)
    if arguments.list:
        for name, expected, _ in all_cases:
            print("%s\t%s" % (name, expected))
        return
    if not arguments.directory:
        parser.error("give an output directory")
    os.makedirs(arguments.directory, exist_ok=True)
    with open(os.path.join(arguments.directory, "expected.tsv"), "w") as manifest:
        for name, expected, writer in all_cases:
            writer(os.path.join(arguments.directory, name + ".docx"))
            manifest.write("%s\t%s\n" % (name, expected))
    print("%d cases in %s" % (len(all_cases), arguments.directory), file=sys.stderr)


if __name__ == "__main__":
    main()
