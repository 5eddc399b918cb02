#ifndef SAX_BASELINE_H
#define SAX_BASELINE_H

/// What one baseline pass measured.
typedef struct {
    /// Bytes of `w:t` character data collected (UTF-8).
    long long text_bytes;
    /// Inflated bytes of the zip entry fed to the parser.
    long long xml_bytes;
    /// Elements started, a cheap check that two passes saw the same document.
    long long elements;
} sax_baseline_result;

/// Streams `entry` of the zip at `path` through a bare libxml2 SAX2 push parser that only collects the
/// character data of `w:t` elements (WordprocessingML main namespace) into one growing buffer.
///
/// The entry is read with `zip_fread` in 64 KiB chunks and fed to `xmlParseChunk` (options `XML_PARSE_NONET`);
/// the handler has `startElementNs`, `endElementNs` and `characters` only. This is the floor the Swift reader
/// is measured against: it does no more than unzip, tokenize and copy text.
///
/// Returns 0 and fills `result`, or -1 when the archive, the entry or the XML cannot be read.
int sax_baseline_collect_text(const char *path, const char *entry, sax_baseline_result *result);

#endif
