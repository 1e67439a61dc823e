#include <fstream>

#include <gtest/gtest.h>

#include "pipeline/core/sha256.hpp"

namespace vbtrack {
namespace {

// Test vectors from FIPS 180-2 (Appendix B) and of the empty message.
TEST(Sha256, KnownVectors) {
    EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(Sha256, FileHashEqualsHashOfItsBytesAcrossBlocks) {
    std::string bytes(200'000, 'x');  // several read blocks
    auto path = std::filesystem::temp_directory_path() / "vbtrack-sha256.bin";
    std::ofstream(path, std::ios::binary) << bytes;
    EXPECT_EQ(sha256_file(path), sha256_hex(bytes));
    EXPECT_THROW(sha256_file("/nonexistent/vbtrack"), std::system_error);
}

}  // namespace
}  // namespace vbtrack
