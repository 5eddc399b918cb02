#ifndef SAX_BASELINE_H
#define SAX_BASELINE_H
#include <stddef.h>
/// Streams `entry` of the zip at `path` through a bare libxml2 SAX2 push parser that only collects w:t text.
/// Returns the number of text bytes collected, or -1 on error; `xml_bytes` receives the part's size.
long long sax_baseline_collect_text(const char *path, const char *entry, long long *xml_bytes);
#endif
