// The C floor the whole-process benchmarks pair docx-extract against: for each .docx named on the command line,
// libzip + a bare libxml2 SAX2 push parser copying the text of `w:t` in word/document.xml (SAXBaseline), then one
// line with the file's text and XML byte counts. Built by Benchmarks/process-benchmark.sh.
#include <stdio.h>
#include <string.h>

#include "SAXBaseline.h"

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "--version") == 0) {
        puts("sax-floor 1");
        return 0;
    }
    int failed = 0;
    for (int index = 1; index < argc; index++) {
        sax_baseline_result result;
        if (sax_baseline_collect_text(argv[index], "word/document.xml", &result) != 0) {
            fprintf(stderr, "sax-floor: %s: cannot be read\n", argv[index]);
            failed = 1;
            continue;
        }
        printf("%s\t%lld\t%lld\n", argv[index], result.text_bytes, result.xml_bytes);
    }
    return failed;
}
