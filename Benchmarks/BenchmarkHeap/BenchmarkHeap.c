// DocxBenchmark allocates from the heap docx-extract has (Sources/CHeap): jemalloc, linked as a shared library ahead
// of the C library, with one arena.
#include "BenchmarkHeap.h"

#if defined(__linux__)
const char *malloc_conf = "narenas:1";
#endif
