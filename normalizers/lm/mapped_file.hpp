// A whole file in read-only memory, released on destruction. The file is
// copied into anonymous memory on transparent huge pages rather than mapped:
// the model's probing tables (~60 MB) are read at random, and on 4 KiB pages
// nearly every probe also misses the TLB. The copy costs tens of
// milliseconds once per process and made decoding ~25 % faster.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string_view>

namespace vbtrack::lm {

class MappedFile {
public:
    explicit MappedFile(const std::filesystem::path& path);
    ~MappedFile();
    MappedFile(MappedFile&& other) noexcept;
    MappedFile& operator=(MappedFile&& other) noexcept;
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    const char* data() const { return static_cast<const char*>(data_); }
    std::size_t size() const { return size_; }

private:
    static constexpr std::size_t kHugePage = 2u << 20;
    std::size_t mapped_size() const;  // size_ rounded up to whole huge pages

    void* data_ = nullptr;
    std::size_t size_ = 0;
};

}  // namespace vbtrack::lm
