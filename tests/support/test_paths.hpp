// Where tests find their data: the project's own samples/, and ../shared
// (development documents and corpus), which a user's machine may not have.
#pragma once

#include <filesystem>
#include <optional>

#include <gtest/gtest.h>

namespace vbtrack::test {

inline std::filesystem::path source_dir() { return VBTRACK_SOURCE_DIR; }
inline std::filesystem::path samples_dir() { return source_dir() / "samples"; }

// ../shared beside the checkout, or $VBTRACK_SHARED; nullopt when absent.
inline std::optional<std::filesystem::path> shared_dir() {
    if (const char* env = std::getenv("VBTRACK_SHARED"); env && std::filesystem::is_directory(env)) return env;
    auto dir = source_dir().parent_path() / "shared";
    if (std::filesystem::is_directory(dir)) return dir;
    return std::nullopt;
}

}  // namespace vbtrack::test

// Skips the current test, saying why, when ../shared is not beside the checkout.
#define VBTRACK_REQUIRE_SHARED(var)                                                        \
    auto var##_opt = ::vbtrack::test::shared_dir();                                       \
    if (!var##_opt) GTEST_SKIP() << "../shared is absent: this test needs its eval data"; \
    const std::filesystem::path var = *var##_opt
