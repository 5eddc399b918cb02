// The module is header-only (CMallocTrim.h); SwiftPM needs one source file to build a C target.
#include "CMallocTrim.h"
