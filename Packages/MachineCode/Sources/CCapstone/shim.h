#ifndef HOTPATH_CCAPSTONE_SHIM_H
#define HOTPATH_CCAPSTONE_SHIM_H

// The capstone disassembler (Debian: libcapstone-dev, version 4).
#include <capstone/capstone.h>

#endif
