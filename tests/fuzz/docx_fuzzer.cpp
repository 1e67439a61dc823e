// The .docx reader on any file: a hostile or broken package must end in an
// InputError (a failed record), never a crash, a hang or another exception.
#include "pipeline/core/errors.hpp"
#include "pipeline/ingest/docx_reader.hpp"
#include "tests/fuzz/docx_checks.hpp"
#include "tests/fuzz/scratch_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const vbtrack::fuzz::ScratchFile file("vbtrack-docx-fuzz");
    file.write(vbtrack::fuzz::as_text(data, size));
    try {
        vbtrack::fuzz::check_document(vbtrack::DocxReader().read(file.path(), vbtrack::SourceInfo{}));
    } catch (const vbtrack::InputError&) {
    }
    return 0;
}
