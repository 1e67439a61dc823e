// A whole file in read-only memory, released on destruction, on transparent
// huge pages: the model's probing tables (~80 MB) are read at random, and on
// 4 KiB pages nearly every probe also misses the TLB (decoding ran ~25 %
// slower).
//
// The file is mapped (MAP_PRIVATE, read-only): its page cache is shared by
// every process that maps it, and mapping takes milliseconds. The kernel maps
// a file's page cache with huge pages only when the cache holds it in 2 MiB
// folios, which it allocates when a range advised MADV_HUGEPAGE is first read
// (MADV_COLLAPSE cannot regroup a file's cache without
// CONFIG_READ_ONLY_THP_FOR_FS, which the 6.18 kernel we measured on lacks:
// EINVAL). A file just written or read with read() sits in small folios: then
// its cache is dropped and read again, once, so that this and every later
// process get huge pages. Where that does not work (pages another process maps, an old
// kernel, no /proc), the file is copied into anonymous memory advised
// MADV_HUGEPAGE instead, as fast to query but private and slower to load.
#pragma once

#include <cstddef>
#include <filesystem>

namespace vbtrack::lm {

class MappedFile {
public:
    enum class Loading {
        mapped,        // the page cache, mapped (on huge pages when the file is large)
        copied,        // a private copy on anonymous huge pages
    };

    explicit MappedFile(const std::filesystem::path& path);
    ~MappedFile();
    MappedFile(MappedFile&& other) noexcept;
    MappedFile& operator=(MappedFile&& other) noexcept;
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    const char* data() const { return data_; }
    std::size_t size() const { return size_; }
    Loading loading() const { return loading_; }

private:
    bool map_on_huge_pages(int fd);
    void copy_onto_huge_pages(int fd, const std::filesystem::path& path);
    void release();

    void* region_ = nullptr;      // what munmap releases: the mapping, or the copy
    std::size_t region_size_ = 0;
    const char* data_ = nullptr;  // the file's first byte, inside the region
    std::size_t size_ = 0;
    Loading loading_ = Loading::mapped;
};

}  // namespace vbtrack::lm
