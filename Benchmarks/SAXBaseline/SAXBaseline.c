#include "SAXBaseline.h"

#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/SAX2.h>
#include <zip.h>

static const char *const wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
enum { chunkSize = 64 * 1024 };

/// The parse's state: whether we are inside `w:t`, and the text collected so far.
typedef struct {
    int inText;
    long long elements;
    char *text;
    size_t length;
    size_t capacity;
    int outOfMemory;
} baseline_state;

static int isWordText(const xmlChar *localname, const xmlChar *uri) {
    return localname[0] == 't' && localname[1] == 0 && uri != NULL && strcmp((const char *)uri, wordNamespace) == 0;
}

static void startElement(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri,
                         int namespaceCount, const xmlChar **namespaces, int attributeCount, int defaultedCount,
                         const xmlChar **attributes) {
    (void)prefix; (void)namespaceCount; (void)namespaces; (void)attributeCount; (void)defaultedCount; (void)attributes;
    baseline_state *state = ctx;
    state->elements += 1;
    if (isWordText(localname, uri)) state->inText = 1;
}

static void endElement(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri) {
    (void)prefix;
    baseline_state *state = ctx;
    if (isWordText(localname, uri)) state->inText = 0;
}

static void characters(void *ctx, const xmlChar *bytes, int length) {
    baseline_state *state = ctx;
    if (!state->inText || length <= 0 || state->outOfMemory) return;
    size_t needed = state->length + (size_t)length;
    if (needed > state->capacity) {
        size_t capacity = state->capacity ? state->capacity : 4096;
        while (capacity < needed) capacity *= 2;
        char *grown = realloc(state->text, capacity);
        if (grown == NULL) {
            state->outOfMemory = 1;
            return;
        }
        state->text = grown;
        state->capacity = capacity;
    }
    memcpy(state->text + state->length, bytes, (size_t)length);
    state->length = needed;
}

int sax_baseline_collect_text(const char *path, const char *entry, sax_baseline_result *result) {
    memset(result, 0, sizeof *result);
    xmlInitParser();

    int error = 0;
    zip_t *archive = zip_open(path, ZIP_RDONLY, &error);
    if (archive == NULL) return -1;
    zip_file_t *file = zip_fopen(archive, entry, 0);
    if (file == NULL) {
        zip_discard(archive);
        return -1;
    }

    xmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = startElement;
    sax.endElementNs = endElement;
    sax.characters = characters;

    baseline_state state;
    memset(&state, 0, sizeof state);
    xmlParserCtxtPtr parser = xmlCreatePushParserCtxt(&sax, &state, NULL, 0, entry);
    int status = parser == NULL ? -1 : 0;
    if (parser != NULL) xmlCtxtUseOptions(parser, XML_PARSE_NONET);

    char *chunk = malloc(chunkSize);
    if (chunk == NULL) status = -1;
    long long xmlBytes = 0;
    while (status == 0) {
        zip_int64_t count = zip_fread(file, chunk, chunkSize);
        if (count < 0) {
            status = -1;
            break;
        }
        if (count == 0) break;
        xmlBytes += count;
        if (xmlParseChunk(parser, chunk, (int)count, 0) != 0) status = -1;
    }
    if (status == 0 && (xmlParseChunk(parser, NULL, 0, 1) != 0 || !parser->wellFormed)) status = -1;
    if (state.outOfMemory) status = -1;

    result->text_bytes = (long long)state.length;
    result->xml_bytes = xmlBytes;
    result->elements = state.elements;

    free(chunk);
    free(state.text);
    if (parser != NULL) xmlFreeParserCtxt(parser);
    zip_fclose(file);
    zip_discard(archive);
    return status;
}
