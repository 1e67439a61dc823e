// The docx reader opens a path, so the docx fuzz targets write each input to
// one file of their own (named by the process id: fuzz jobs may run side by
// side), removed when the process ends.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace vbtrack::fuzz {

class ScratchFile {
public:
    explicit ScratchFile(std::string_view stem)
        : path_(std::filesystem::temp_directory_path() / (std::string(stem) + "-" + std::to_string(::getpid()) + ".docx")) {}
    ~ScratchFile() {
        std::error_code ignored;
        std::filesystem::remove(path_, ignored);
    }
    ScratchFile(const ScratchFile&) = delete;
    ScratchFile& operator=(const ScratchFile&) = delete;

    const std::filesystem::path& path() const { return path_; }
    void write(std::string_view bytes) const {
        std::ofstream out(path_, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        if (!out) __builtin_trap();  // a full /tmp would otherwise look like a reader bug
    }

private:
    std::filesystem::path path_;
};

}  // namespace vbtrack::fuzz
