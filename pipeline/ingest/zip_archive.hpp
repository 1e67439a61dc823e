// Read-only access to the parts of a zip package (.docx), with limits that
// keep a hostile file (zip bomb, thousands of entries) from exhausting memory.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include <zip.h>

namespace vbtrack {

struct ZipLimits {
    std::uint64_t max_entry_bytes = 64ull << 20;  // one part, uncompressed
    std::uint64_t max_entries = 10'000;
};

class ZipArchive {
public:
    // Throws InputError when the file is not a readable zip package.
    explicit ZipArchive(const std::filesystem::path& path, ZipLimits limits = {});
    // The part's bytes, or nullopt when the package has no such part.
    // Throws InputError when the part is corrupt or larger than the limit.
    std::optional<std::string> read(const std::string& name) const;
    std::uint64_t entry_count() const;
    std::string entry_name(std::uint64_t index) const;

private:
    std::unique_ptr<zip_t, decltype(&zip_discard)> zip_{nullptr, &zip_discard};
    std::string path_;
    ZipLimits limits_;
};

}  // namespace vbtrack
