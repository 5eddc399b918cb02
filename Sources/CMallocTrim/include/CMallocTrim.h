#ifndef CMALLOCTRIM_H
#define CMALLOCTRIM_H

#if defined(__GLIBC__) || defined(__linux__)
#include <malloc.h>
#endif

/// Returns the heap's free memory to the system where the C library can (glibc's malloc_trim); 1 when it did.
static inline int CMallocTrim_trim(void) {
#if defined(__GLIBC__)
    return malloc_trim(0);
#else
    return 0;
#endif
}

#endif
