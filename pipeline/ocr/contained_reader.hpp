// Reading a file where a crash is contained: Poppler, Leptonica and Tesseract
// are C/C++ libraries that can crash, hang or eat memory on hostile input. The
// read (and its OCR) runs in a child process with an address-space limit and a
// time limit; the Document comes back as JSON over a pipe. A crash, a timeout
// or an exhausted limit becomes an InputError for that one file, and the batch
// goes on. The children are forked by a ForkServer, never by a thread of the
// batch (fork_server.hpp says why).
#pragma once

#include <filesystem>

#include "pipeline/core/document.hpp"
#include "pipeline/ingest/reader.hpp"
#include "pipeline/ocr/fork_server.hpp"
#include "pipeline/ocr/ocr_options.hpp"

namespace vbtrack::ocr {

class OcrStage;

class ContainedReader {
public:
    // Starts the process that forks the readers: create it before any thread, after
    // `readers` are registered; `readers` and `ocr` must outlive it.
    ContainedReader(const ReaderRegistry& readers, OcrStage& ocr);

    // The reader of source.format reads `path`, then OCR recognizes its pages when
    // `with_ocr`, in a child process limited by `limits`. Safe to call from several
    // threads. Throws InputError naming the file and the reason ("took longer than
    // 120 s and was stopped", "crashed (signal 11 …)", or the reader's own message),
    // OcrSetupError when Tesseract is not installed.
    Document read(const std::filesystem::path& path, const SourceInfo& source, bool with_ocr,
                  const ResourceLimits& limits) const;

private:
    const ReaderRegistry& readers_;
    OcrStage& ocr_;
    mutable ForkServer server_;
};

}  // namespace vbtrack::ocr
