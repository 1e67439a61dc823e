#include "normalizers/lm/mapped_file.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>
#include <utility>

namespace vbtrack::lm {

MappedFile::MappedFile(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        throw std::runtime_error("cannot open language model " + path.string() + ": " + std::strerror(errno) +
                                 " (build one with `vbtrack lm build`)");
    struct stat info {};
    if (::fstat(fd, &info) != 0 || info.st_size == 0) {
        ::close(fd);
        throw std::runtime_error("language model " + path.string() + " is empty or unreadable: rebuild it");
    }
    size_ = static_cast<std::size_t>(info.st_size);
    data_ = ::mmap(nullptr, mapped_size(), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (data_ == MAP_FAILED) {
        data_ = nullptr;
        ::close(fd);
        throw std::runtime_error("cannot allocate " + std::to_string(size_ >> 20) + " MB for language model " +
                                 path.string() + ": " + std::strerror(errno));
    }
    // Without huge pages nothing breaks, the queries are only slower: the advice may fail.
    ::madvise(data_, mapped_size(), MADV_HUGEPAGE);
    for (std::size_t done = 0; done < size_;) {
        const ssize_t got = ::pread(fd, static_cast<char*>(data_) + done, size_ - done, static_cast<off_t>(done));
        if (got <= 0) {
            const std::string reason = got == 0 ? "the file shrank while being read" : std::strerror(errno);
            ::close(fd);
            ::munmap(data_, mapped_size());
            data_ = nullptr;
            throw std::runtime_error("cannot read language model " + path.string() + ": " + reason);
        }
        done += static_cast<std::size_t>(got);
    }
    ::close(fd);
    ::mprotect(data_, mapped_size(), PROT_READ);
}

std::size_t MappedFile::mapped_size() const { return (size_ + kHugePage - 1) / kHugePage * kHugePage; }

MappedFile::~MappedFile() {
    if (data_) ::munmap(data_, mapped_size());
}

MappedFile::MappedFile(MappedFile&& other) noexcept
    : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)) {}

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept {
    if (this != &other) {
        if (data_) ::munmap(data_, mapped_size());
        data_ = std::exchange(other.data_, nullptr);
        size_ = std::exchange(other.size_, 0);
    }
    return *this;
}

}  // namespace vbtrack::lm
