#ifndef CTHREADPLACEMENT_H
#define CTHREADPLACEMENT_H

/// Starts a detached thread that runs `body(argument)`, placed on a processor other than the caller's when the caller
/// may run on another, and free to run on all of the caller's processors once it has started. Returns 0, or the error
/// number of `pthread_create` (the thread was not started). With glibc only: elsewhere it returns ENOSYS.
int CThreadPlacement_startElsewhere(void *(*body)(void *), void *argument);

/// The number of processors the calling thread may run on, or 0 when it cannot be told (or without glibc).
int CThreadPlacement_allowedProcessorCount(void);

/// Maps in, writable, every page of the program's initialized and zero-initialized data (`.data` and `.bss`), so that
/// the first write to each happens now, before other threads start. A page first read and later written gets a new
/// mapping, and while a thread of the process runs on another processor the kernel must interrupt that processor to
/// flush the old one (costly in a virtual machine). Returns 0, or -1 with `errno` set: ENOSYS without glibc, off Linux,
/// or where the program's data cannot be told (this code in a shared library of a program that does not export its
/// bounds); EINVAL before Linux 5.14.
int CThreadPlacement_populateProgramData(void);

#endif
