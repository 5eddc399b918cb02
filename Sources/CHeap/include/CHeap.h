#ifndef CHEAP_H
#define CHEAP_H

#include <stdint.h>

/// Returns the heap's freed memory to the system at once (jemalloc's purge of every arena); 1 when it did.
int CHeap_returnFreedMemory(void);

/// How many arenas the heap has made, or 0 where the heap is not jemalloc.
unsigned CHeap_arenaCount(void);

/// How many bytes the calling thread has allocated from jemalloc since it started, or 0 where the heap is not
/// jemalloc.
uint64_t CHeap_bytesAllocatedByThread(void);

#endif
