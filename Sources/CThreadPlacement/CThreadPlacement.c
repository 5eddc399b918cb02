// A thread's processor can be chosen only through glibc's GNU extensions (sched_getcpu, CPU_SET,
// pthread_attr_setaffinity_np), which Swift's Glibc module does not export; other C libraries (musl, bionic) lack
// some of them, so only glibc gets the placement.
#define _GNU_SOURCE
#include "CThreadPlacement.h"

#include <errno.h>

#if defined(__GLIBC__)
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>

/// What the new thread runs, and the processors it may use once started (the starting thread's).
struct Start {
    void *(*body)(void *);
    void *argument;
    cpu_set_t allowed;
    int widen;
};

static void *startPlaced(void *raw) {
    struct Start start = *(struct Start *)raw;
    free(raw);
    if (start.widen) pthread_setaffinity_np(pthread_self(), sizeof start.allowed, &start.allowed);
    return start.body(start.argument);
}

/// Starts a detached thread for `start`, on the processors of `placement` when given.
static int create(struct Start *start, const cpu_set_t *placement) {
    pthread_attr_t attributes;
    int failed = pthread_attr_init(&attributes);
    if (failed != 0) return failed;
    pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
    if (placement != NULL) failed = pthread_attr_setaffinity_np(&attributes, sizeof *placement, placement);
    if (failed == 0) {
        pthread_t thread;
        failed = pthread_create(&thread, &attributes, startPlaced, start);
    }
    pthread_attr_destroy(&attributes);
    return failed;
}

int CThreadPlacement_startElsewhere(void *(*body)(void *), void *argument) {
    struct Start *start = malloc(sizeof *start);
    if (start == NULL) return ENOMEM;
    start->body = body;
    start->argument = argument;
    start->widen = 0;
    // A new thread is queued on its parent's processor, and Linux may leave it waiting there behind the parent for
    // milliseconds while another processor idles: start it elsewhere, then let it run anywhere.
    cpu_set_t elsewhere;
    int here = sched_getcpu();
    if (here >= 0 && sched_getaffinity(0, sizeof start->allowed, &start->allowed) == 0
        && CPU_ISSET(here, &start->allowed) && CPU_COUNT(&start->allowed) > 1) {
        elsewhere = start->allowed;
        CPU_CLR(here, &elsewhere);
        start->widen = 1;
    }
    int failed = create(start, start->widen ? &elsewhere : NULL);
    if (failed != 0 && start->widen) {
        // The processors may have changed since they were read (a cpuset update): start the thread unplaced.
        start->widen = 0;
        failed = create(start, NULL);
    }
    if (failed != 0) free(start);
    return failed;
}

int CThreadPlacement_allowedProcessorCount(void) {
    cpu_set_t allowed;
    if (sched_getaffinity(0, sizeof allowed, &allowed) != 0) return 0;
    return CPU_COUNT(&allowed);
}
#else
int CThreadPlacement_allowedProcessorCount(void) { return 0; }

int CThreadPlacement_startElsewhere(void *(*body)(void *), void *argument) {
    (void)body;
    (void)argument;
    return ENOSYS;
}
#endif

// The program's bounds come from glibc's start files and its `dl_iterate_phdr`, the request from Linux.
#if defined(__GLIBC__) && defined(__linux__)
#include <link.h>
#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif

// The bounds of the program's data, from the C start files (`__data_start`, the start of `.data`) and the linker
// (`_end`, the end of `.bss`). Weak: a shared library of a program that does not export them finds them absent.
extern char __data_start __attribute__((weak));
extern char _end __attribute__((weak));

/// The program's data to map in, cut to the program's writable segment that holds its start.
struct ProgramData {
    uintptr_t start;
    uintptr_t end;
    int found;
};

/// Looks for the writable segment that holds `data->start` in the first object, which is the program.
static int boundByProgramSegment(struct dl_phdr_info *info, size_t size, void *raw) {
    (void)size;
    struct ProgramData *data = raw;
    for (int index = 0; index < info->dlpi_phnum; index++) {
        const ElfW(Phdr) *header = &info->dlpi_phdr[index];
        if (header->p_type != PT_LOAD || !(header->p_flags & PF_W)) continue;
        uintptr_t first = info->dlpi_addr + header->p_vaddr;
        uintptr_t last = first + header->p_memsz;
        if (data->start < first || data->start >= last) continue;
        if (data->end > last) data->end = last;
        data->found = 1;
    }
    return 1;
}

int CThreadPlacement_populateProgramData(void) {
    struct ProgramData data = {(uintptr_t)&__data_start, (uintptr_t)&_end, 0};
    if (data.start == 0 || data.end <= data.start) {
        errno = ENOSYS;
        return -1;
    }
    dl_iterate_phdr(boundByProgramSegment, &data);
    if (!data.found) {
        errno = ENOSYS;
        return -1;
    }
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    uintptr_t start = data.start & ~(page - 1);
    uintptr_t end = (data.end + page - 1) & ~(page - 1);
    return madvise((void *)start, end - start, MADV_POPULATE_WRITE);
}
#else
int CThreadPlacement_populateProgramData(void) {
    errno = ENOSYS;
    return -1;
}
#endif
