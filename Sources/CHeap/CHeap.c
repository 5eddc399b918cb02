// The heap of the programs built from this package is jemalloc, linked as a shared library ahead of the C library,
// so that it serves every malloc of the process: Swift's, libxml2's, libzip's. On other systems than Linux, and in
// builds that keep the C library's heap (CHEAP_SYSTEM_HEAP: AddressSanitizer's, see Package.swift), these functions
// do nothing.
#include "CHeap.h"

#if defined(__linux__) && !defined(CHEAP_SYSTEM_HEAP)
#include <jemalloc/jemalloc.h>
#include <stddef.h>
#include <stdio.h>

// jemalloc reads its options from this symbol when the process starts; MALLOC_CONF in the environment overrides
// them. One arena for every thread: memory that one thread frees serves the others, and each thread's cache of small
// blocks spares it the arena's locks. (jemalloc's per-processor arenas are switched off, with a warning on stderr,
// when the process may run on fewer processors than are online, as under taskset or a container's cpuset.)
const char *malloc_conf = "narenas:1";

int CHeap_returnFreedMemory(void) {
    char command[64];
    snprintf(command, sizeof command, "arena.%u.purge", (unsigned)MALLCTL_ARENAS_ALL);
    return mallctl(command, NULL, NULL, NULL, 0) == 0;
}

unsigned CHeap_arenaCount(void) {
    unsigned count = 0;
    size_t size = sizeof count;
    return mallctl("arenas.narenas", &count, &size, NULL, 0) == 0 ? count : 0;
}

uint64_t CHeap_bytesAllocatedByThread(void) {
    uint64_t bytes = 0;
    size_t size = sizeof bytes;
    return mallctl("thread.allocated", &bytes, &size, NULL, 0) == 0 ? bytes : 0;
}
#else
int CHeap_returnFreedMemory(void) { return 0; }

unsigned CHeap_arenaCount(void) { return 0; }

uint64_t CHeap_bytesAllocatedByThread(void) { return 0; }
#endif
