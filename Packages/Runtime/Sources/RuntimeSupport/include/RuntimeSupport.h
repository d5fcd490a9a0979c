#ifndef HOTPATH_RUNTIME_SUPPORT_H
#define HOTPATH_RUNTIME_SUPPORT_H

#include <stdint.h>
#include <stddef.h>

/// Called with the range of native stack words to scan conservatively.
typedef void (*hp_stack_range_visitor)(void *context, const uintptr_t *low, const uintptr_t *high);

/// Spills callee-saved registers onto the stack (setjmp) and calls `visitor` with the range from
/// the current stack pointer up to the top of the calling thread's stack.
void hp_scan_native_stack(hp_stack_range_visitor visitor, void *context);

/// The highest address of the calling thread's stack (its base; stacks grow down).
uintptr_t hp_thread_stack_top(void);

/// The size in bytes of the calling thread's stack (0 when unknown).
size_t hp_thread_stack_size(void);

/// The runtime state (a RuntimeState, allocated by Runtime.initialize). A C global because Swift
/// reaches its own globals from other modules through a lazy-initialization accessor (a call and
/// a swift_once) on every access, and the interpreter reads the runtime state constantly.
extern void *hp_runtime_state;
/// Asks malloc to keep up to `bytes` of freed memory at the top of its heap instead of returning
/// it to the kernel (glibc's M_TRIM_THRESHOLD; nothing elsewhere).
void hp_malloc_keep_freed_memory(size_t bytes);

#endif
