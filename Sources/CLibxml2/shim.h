#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
#include <string.h>
#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU, so its public encoding.h includes <unicode/ucnv.h>. Swift's Foundation
   carries its own ICU module (_FoundationICU) with a different UErrorCode, and a Swift module that sees both
   fails to build. Nothing here touches the ICU-only fields (xmlCharEncodingHandler's uconv members, reached
   only through pointers), so the headers are read without them. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>

/// An external entity loader that refuses every URL: no DTD, no external entity is ever fetched.
static xmlParserInputPtr CLibxml2_denyAllEntityLoader(const char *url, const char *id, xmlParserCtxtPtr ctxt) {
    (void)url; (void)id; (void)ctxt;
    return NULL;
}

/// Initialises libxml2 once and installs the denying entity loader; safe to call repeatedly.
static inline void CLibxml2_initialize(void) {
    xmlInitParser();
    xmlSetExternalEntityLoader(CLibxml2_denyAllEntityLoader);
}

/// The namespace URI bound to `prefix` (NULL or "" for the default namespace) in the parser's current scope.
static inline const xmlChar *CLibxml2_namespaceURI(xmlParserCtxtPtr ctxt, const xmlChar *prefix) {
    for (int i = ctxt->nsNr - 2; i >= 0; i -= 2) {
        const xmlChar *p = ctxt->nsTab[i];
        if (prefix == NULL || prefix[0] == 0) {
            if (p == NULL) return ctxt->nsTab[i + 1];
        } else if (p != NULL && strcmp((const char *)p, (const char *)prefix) == 0) {
            return ctxt->nsTab[i + 1];
        }
    }
    return NULL;
}

/// Stops the parser from inside a callback.
static inline void CLibxml2_stop(void *ctx) { xmlStopParser((xmlParserCtxtPtr)ctx); }

#endif
