#include "normalizers/lm/mapped_file.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <string>
#include <utility>

namespace vbtrack::lm {
namespace {

constexpr std::size_t kHugePage = 2u << 20;
// A file this small fits what the TLB covers with 4 KiB pages: a plain mapping will do.
constexpr std::size_t kSmallFile = 2 * kHugePage;

std::size_t whole_huge_pages(std::size_t bytes) { return (bytes + kHugePage - 1) / kHugePage * kHugePage; }

class FileDescriptor {
public:
    explicit FileDescriptor(int fd) : fd_(fd) {}
    ~FileDescriptor() {
        if (fd_ >= 0) ::close(fd_);
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return fd_; }

private:
    int fd_;
};

// An exclusive advisory lock on an open file, for as long as it lives; none
// where the filesystem has no locks (the loading is then only slower).
class FileLock {
public:
    explicit FileLock(int fd) : fd_(::flock(fd, LOCK_EX) == 0 ? fd : -1) {}
    ~FileLock() {
        if (fd_ >= 0) ::flock(fd_, LOCK_UN);
    }
    FileLock(const FileLock&) = delete;
    FileLock& operator=(const FileLock&) = delete;

private:
    int fd_;
};

// Transparent huge pages are not switched off ("never"): otherwise neither
// mapping nor copying gets them, and a plain mapping is best.
bool huge_pages_available() {
    std::ifstream in("/sys/kernel/mm/transparent_hugepage/enabled");
    std::string modes;
    return std::getline(in, modes) && modes.find("[never]") == std::string::npos;
}

// Bytes of files this process maps with huge pages; -1 when /proc cannot say.
long long file_bytes_on_huge_pages() {
    std::ifstream in("/proc/self/smaps_rollup");
    constexpr std::string_view kField = "FilePmdMapped:";
    for (std::string line; std::getline(in, line);)
        if (line.starts_with(kField)) return std::stoll(line.substr(kField.size())) * 1024;
    return -1;
}

// The file mapped read-only at a 2 MiB-aligned address (a huge page maps an
// aligned range only), inside a reserved region; nullptr when it fails.
const char* map_aligned(int fd, std::size_t size, void*& region, std::size_t& region_size) {
    region_size = whole_huge_pages(size) + kHugePage;
    region = ::mmap(nullptr, region_size, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (region == MAP_FAILED) {
        region = nullptr;
        return nullptr;
    }
    const auto aligned = (reinterpret_cast<std::uintptr_t>(region) + kHugePage - 1) & ~std::uintptr_t{kHugePage - 1};
    if (::mmap(reinterpret_cast<void*>(aligned), size, PROT_READ, MAP_PRIVATE | MAP_FIXED, fd, 0) == MAP_FAILED) {
        ::munmap(region, region_size);
        region = nullptr;
        return nullptr;
    }
    return reinterpret_cast<const char*>(aligned);
}

}  // namespace

MappedFile::MappedFile(const std::filesystem::path& path) {
    const FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    if (fd.get() < 0)
        throw std::runtime_error("cannot open language model " + path.string() + ": " + std::strerror(errno) +
                                 " (build one with `vbtrack lm build`)");
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0 || info.st_size == 0)
        throw std::runtime_error("language model " + path.string() + " is empty or unreadable: rebuild it");
    size_ = static_cast<std::size_t>(info.st_size);
    if (size_ >= kSmallFile && huge_pages_available()) {
        if (!map_on_huge_pages(fd.get())) copy_onto_huge_pages(fd.get(), path);
        return;
    }
    region_size_ = size_;
    region_ = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd.get(), 0);
    if (region_ == MAP_FAILED) {
        region_ = nullptr;
        throw std::runtime_error("cannot map language model " + path.string() + ": " + std::strerror(errno));
    }
    data_ = static_cast<const char*>(region_);
}

bool MappedFile::map_on_huge_pages(int fd) {
    // One process at a time reads the model in: two that fault the same
    // uncached range at once leave parts of it in small folios (measured:
    // 55-60 MB of 86 on huge pages, and so for every later process). The next
    // waits ~50 ms and then maps what the first read, in a millisecond.
    const FileLock lock(fd);
    const long long before = file_bytes_on_huge_pages();
    if (before < 0) return false;
    data_ = map_aligned(fd, size_, region_, region_size_);
    if (!data_) return false;
    ::madvise(const_cast<char*>(data_), size_, MADV_HUGEPAGE);
    // A fault in a range advised so reads a whole 2 MiB folio when the file
    // is not cached yet, and maps a cached one with one huge page.
    for (std::size_t offset = 0; offset < size_; offset += kHugePage)
        static_cast<void>(*static_cast<const volatile char*>(data_ + offset));
    const long long on_huge_pages = file_bytes_on_huge_pages() - before;
    // Every whole huge page of the file, but for a few the kernel may not have had.
    if (on_huge_pages >= static_cast<long long>(size_ / kHugePage * kHugePage * 9 / 10)) {
        loading_ = Loading::mapped;
        return true;
    }
    release();
    return false;
}

void MappedFile::copy_onto_huge_pages(int fd, const std::filesystem::path& path) {
    region_size_ = whole_huge_pages(size_);
    region_ = ::mmap(nullptr, region_size_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (region_ == MAP_FAILED) {
        region_ = nullptr;
        throw std::runtime_error("cannot allocate " + std::to_string(size_ >> 20) + " MB for language model " +
                                 path.string() + ": " + std::strerror(errno));
    }
    // Without huge pages nothing breaks, the queries are only slower: the advice may fail.
    ::madvise(region_, region_size_, MADV_HUGEPAGE);
    char* copy = static_cast<char*>(region_);
    for (std::size_t done = 0; done < size_;) {
        const ssize_t got = ::pread(fd, copy + done, size_ - done, static_cast<off_t>(done));
        if (got <= 0) {
            const std::string reason = got == 0 ? "the file shrank while being read" : std::strerror(errno);
            release();
            throw std::runtime_error("cannot read language model " + path.string() + ": " + reason);
        }
        done += static_cast<std::size_t>(got);
    }
    ::mprotect(region_, region_size_, PROT_READ);
    data_ = copy;
    loading_ = Loading::copied;
}

void MappedFile::release() {
    if (region_) ::munmap(region_, region_size_);
    region_ = nullptr;
    data_ = nullptr;
}

MappedFile::~MappedFile() { release(); }

MappedFile::MappedFile(MappedFile&& other) noexcept
    : region_(std::exchange(other.region_, nullptr)),
      region_size_(other.region_size_),
      data_(std::exchange(other.data_, nullptr)),
      size_(std::exchange(other.size_, 0)),
      loading_(other.loading_) {}

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept {
    if (this != &other) {
        release();
        region_ = std::exchange(other.region_, nullptr);
        region_size_ = other.region_size_;
        data_ = std::exchange(other.data_, nullptr);
        size_ = std::exchange(other.size_, 0);
        loading_ = other.loading_;
    }
    return *this;
}

}  // namespace vbtrack::lm
