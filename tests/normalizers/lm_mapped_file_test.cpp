// The model file in memory: mapped from the page cache (on huge pages when
// the kernel gives them) or copied; either way every byte as on disk.
#include <gtest/gtest.h>

#include <fstream>
#include <string>

#include "lm_test_corpus.hpp"
#include "normalizers/lm/mapped_file.hpp"

namespace vbtrack::lm {
namespace {

std::string pattern(std::size_t size) {
    std::string bytes(size, '\0');
    std::uint32_t x = 12345;
    for (char& c : bytes) c = static_cast<char>((x = x * 1103515245u + 12345u) >> 24);
    return bytes;
}

void write_file(const std::filesystem::path& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

bool same_bytes(const MappedFile& file, const std::string& bytes) {
    return file.size() == bytes.size() && std::string_view(file.data(), file.size()) == bytes;
}

TEST(LmMappedFile, HoldsEveryByteOfASmallFile) {
    test::TestCorpus folder;
    const std::string bytes = pattern(100'003);
    write_file(folder.file("small.bin"), bytes);
    const MappedFile file(folder.file("small.bin"));
    EXPECT_TRUE(same_bytes(file, bytes));
    EXPECT_EQ(file.loading(), MappedFile::Loading::mapped);  // too small for huge pages to matter
}

TEST(LmMappedFile, HoldsEveryByteOfALargeFileHoweverItIsLoaded) {
    // Large enough for huge pages, and not a whole number of them: the tail
    // past the last huge page must be there too. Loaded twice: the first
    // time it is freshly written (dirty, small folios in the page cache).
    test::TestCorpus folder;
    const std::string bytes = pattern((9u << 20) + 4321);
    write_file(folder.file("large.bin"), bytes);
    for (int time = 0; time < 2; ++time) {
        const MappedFile file(folder.file("large.bin"));
        EXPECT_TRUE(same_bytes(file, bytes)) << "load " << time;
    }
}

TEST(LmMappedFile, MovesOwnership) {
    test::TestCorpus folder;
    const std::string bytes = pattern((5u << 20) + 7);
    write_file(folder.file("large.bin"), bytes);
    MappedFile first(folder.file("large.bin"));
    MappedFile second(std::move(first));
    EXPECT_EQ(first.data(), nullptr);
    EXPECT_TRUE(same_bytes(second, bytes));
    write_file(folder.file("small.bin"), "x");
    MappedFile third(folder.file("small.bin"));
    third = std::move(second);
    EXPECT_TRUE(same_bytes(third, bytes));
}

}  // namespace
}  // namespace vbtrack::lm
