#define _GNU_SOURCE
#include "RuntimeSupport.h"
#include <pthread.h>
#include <setjmp.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

uintptr_t hp_thread_stack_top(void) {
    pthread_attr_t attributes;
    void *address = 0;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attributes) != 0) return 0;
    pthread_attr_getstack(&attributes, &address, &size);
    pthread_attr_destroy(&attributes);
    return (uintptr_t)address + size;
}

size_t hp_thread_stack_size(void) {
    pthread_attr_t attributes;
    void *address = 0;
    size_t size = 0;
    if (pthread_getattr_np(pthread_self(), &attributes) != 0) return 0;
    pthread_attr_getstack(&attributes, &address, &size);
    pthread_attr_destroy(&attributes);
    return size;
}

// Not inlined, so the jmp_buf (holding every callee-saved register) lives in this frame, below
// every caller frame that may hold a pointer only in a register.
__attribute__((noinline)) void hp_scan_native_stack(hp_stack_range_visitor visitor, void *context) {
    jmp_buf registers;
    setjmp(registers);
    static __thread uintptr_t stack_top;
    if (stack_top == 0) stack_top = hp_thread_stack_top();
    volatile uintptr_t marker = 0;
    const uintptr_t *low = (const uintptr_t *)&marker;
    if ((uintptr_t)(void *)&registers < (uintptr_t)low) low = (const uintptr_t *)(void *)&registers;
    visitor(context, low, (const uintptr_t *)stack_top);
    __asm__ volatile("" : : "r"(&registers) : "memory");
}

void *hp_runtime_state = NULL;
void hp_malloc_keep_freed_memory(size_t bytes) {
#if defined(__GLIBC__)
    mallopt(M_TRIM_THRESHOLD, (int)bytes);
#else
    (void)bytes;
#endif
}
