#include "pipeline/ingest/zip_archive.hpp"

#include "pipeline/core/errors.hpp"

namespace vbtrack {

ZipArchive::ZipArchive(const std::filesystem::path& path, ZipLimits limits) : path_(path.string()), limits_(limits) {
    int error = 0;
    zip_.reset(zip_open(path_.c_str(), ZIP_RDONLY, &error));
    if (!zip_) {
        zip_error_t ze;
        zip_error_init_with_code(&ze, error);
        std::string message = zip_error_strerror(&ze);
        zip_error_fini(&ze);
        throw InputError("not a readable Word (.docx) package: " + message +
                         "; the file may be truncated or not a .docx — open it in Word/LibreOffice and save it again");
    }
    if (entry_count() > limits_.max_entries)
        throw InputError("the .docx package has " + std::to_string(entry_count()) + " parts (limit " +
                         std::to_string(limits_.max_entries) + "); it is not a normal Word file");
}

std::uint64_t ZipArchive::entry_count() const { return static_cast<std::uint64_t>(zip_get_num_entries(zip_.get(), 0)); }

std::string ZipArchive::entry_name(std::uint64_t index) const {
    const char* name = zip_get_name(zip_.get(), index, 0);
    return name ? name : "";
}

std::optional<std::string> ZipArchive::read(const std::string& name) const {
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat(zip_.get(), name.c_str(), 0, &stat) != 0) return std::nullopt;
    auto too_large = [&] {
        return InputError("part " + name + " of the .docx unpacks to more than " +
                          std::to_string(limits_.max_entry_bytes >> 20) + " MB (a zip bomb?); the file was not read");
    };
    if ((stat.valid & ZIP_STAT_SIZE) && stat.size > limits_.max_entry_bytes) throw too_large();

    std::unique_ptr<zip_file_t, decltype(&zip_fclose)> file(zip_fopen(zip_.get(), name.c_str(), 0), &zip_fclose);
    if (!file) throw InputError("cannot open part " + name + " of the .docx: " + zip_strerror(zip_.get()));
    // Read in blocks rather than trusting the declared size: a crafted entry can lie about it.
    std::string bytes;
    char block[1 << 16];
    for (;;) {
        zip_int64_t n = zip_fread(file.get(), block, sizeof block);
        if (n < 0) throw InputError("part " + name + " of the .docx is corrupt: " + zip_file_strerror(file.get()));
        if (n == 0) break;
        bytes.append(block, static_cast<std::size_t>(n));
        if (bytes.size() > limits_.max_entry_bytes) throw too_large();
    }
    return bytes;
}

}  // namespace vbtrack
