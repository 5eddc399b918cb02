#ifndef BENCHMARKHEAP_H
#define BENCHMARKHEAP_H
// Only links jemalloc and sets its options (BenchmarkHeap.c); nothing to call.
#endif
