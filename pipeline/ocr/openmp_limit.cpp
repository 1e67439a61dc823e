#include "pipeline/ocr/openmp_limit.hpp"

#include <cstdlib>
#include <unistd.h>

namespace vbtrack::ocr {

void restart_without_openmp_threads(char** argv) {
    if (std::getenv("OMP_THREAD_LIMIT")) return;  // set by the user, or by us before the restart
    setenv("OMP_THREAD_LIMIT", "1", 1);
    execv("/proc/self/exe", argv);  // returns only on failure: run on, with OpenMP threads
}

}  // namespace vbtrack::ocr
