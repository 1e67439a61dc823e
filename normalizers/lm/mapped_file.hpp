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
// EINVAL), and only where the filesystem caches files in large folios (ext4
// on recent kernels does). `vbtrack lm build` therefore leaves its model out
// of the page cache (binary_format.cpp), so that the first process to map it
// reads it into huge folios, and every later one maps those. A file cached in
// small folios (copied with cp, read with read(), an older kernel) is copied
// into anonymous memory advised MADV_HUGEPAGE instead, as fast to query but
// private and slower to load. The loader never drops the cache itself: where
// the filesystem cannot give large folios, every process would read the
// model from disk again for nothing.
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
