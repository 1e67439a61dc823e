// The .docx reader's XML walk: mutating a whole zip package mostly breaks its
// checksums, so this target packs the input into a valid package instead. The
// bytes up to the first NUL are word/document.xml, the rest (if any)
// word/styles.xml. Broken XML must end in an InputError, never a crash.
#include <zip.h>

#include <memory>

#include "pipeline/core/errors.hpp"
#include "pipeline/ingest/docx_reader.hpp"
#include "tests/fuzz/docx_checks.hpp"
#include "tests/fuzz/scratch_file.hpp"

namespace {

using vbtrack::fuzz::check;

void add_part(zip_t* zip, const char* name, std::string_view bytes) {
    zip_source_t* source = zip_source_buffer(zip, bytes.data(), bytes.size(), 0);
    check(source != nullptr);
    if (zip_file_add(zip, name, source, ZIP_FL_OVERWRITE) < 0) {
        zip_source_free(source);
        check(false);
    }
}

// Stored, not deflated: the package is rewritten for every input.
void write_package(const std::filesystem::path& path, std::string_view document, std::optional<std::string_view> styles) {
    int error = 0;
    zip_t* zip = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    check(zip != nullptr);
    add_part(zip, "word/document.xml", document);
    if (styles) add_part(zip, "word/styles.xml", *styles);
    for (zip_int64_t i = 0; i < zip_get_num_entries(zip, 0); ++i) zip_set_file_compression(zip, i, ZIP_CM_STORE, 0);
    check(zip_close(zip) == 0);  // zip_close frees the handle and the sources when it succeeds
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const vbtrack::fuzz::ScratchFile file("vbtrack-docx-xml-fuzz");
    const std::string_view input = vbtrack::fuzz::as_text(data, size);
    const std::size_t nul = input.find('\0');
    write_package(file.path(), input.substr(0, nul),
                  nul == std::string_view::npos ? std::nullopt : std::optional(input.substr(nul + 1)));
    try {
        vbtrack::fuzz::check_document(vbtrack::DocxReader().read(file.path(), vbtrack::SourceInfo{}));
    } catch (const vbtrack::InputError&) {
    }
    return 0;
}
