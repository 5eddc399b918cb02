// LLVMFuzzerRunDriver is defined by libFuzzer (compiler-rt); this target only declares it.
