// What the time and memory bounds that tests assert become in the sanitized
// build (scripts/test-sanitized.sh, cmake/sanitizers.cmake): ASan's checks make
// our code several times slower, and its shadow memory, redzones and freed-block
// quarantine make every process larger. A bound is loosened there by these
// factors, never dropped, so a runaway still fails; the normal build keeps it.
#pragma once

namespace vbtrack::test {

#ifdef __SANITIZE_ADDRESS__
inline constexpr double kSanitizerSlowdown = 10;
inline constexpr double kSanitizerMemoryGrowth = 3;
#else
inline constexpr double kSanitizerSlowdown = 1;
inline constexpr double kSanitizerMemoryGrowth = 1;
#endif

}  // namespace vbtrack::test
