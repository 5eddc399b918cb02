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

/// Lets the heap keep at most `count` arenas where the C library has them (glibc's M_ARENA_MAX); 1 when it did.
static inline int CMallocTrim_limitArenas(int count) {
#if defined(__GLIBC__)
    return mallopt(M_ARENA_MAX, count);
#else
    (void)count;
    return 0;
#endif
}

/// Lets the heap keep up to `keptBytes` of freed memory at the top of an arena, and serve requests below `mappedBytes`
/// from its arenas, where the C library allows it (glibc's M_TRIM_THRESHOLD and M_MMAP_THRESHOLD); 1 when it did.
static inline int CMallocTrim_keepFreed(int keptBytes, int mappedBytes) {
#if defined(__GLIBC__)
    int kept = mallopt(M_TRIM_THRESHOLD, keptBytes);
    int mapped = mallopt(M_MMAP_THRESHOLD, mappedBytes);
    return kept && mapped;
#else
    (void)keptBytes;
    (void)mappedBytes;
    return 0;
#endif
}

#endif
