// libFuzzer's driver, linked in by -sanitize=fuzzer. SwiftPM links every executable with its
// own `main` (the module's @main), so the targets start libFuzzer themselves rather than through
// the runtime's `main`.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*test)(const uint8_t *data, size_t size));
