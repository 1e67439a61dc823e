// Reading a file where a crash is contained: Poppler, Leptonica and Tesseract
// are C/C++ libraries that can crash, hang or eat memory on hostile input. The
// read (and its OCR) runs in a forked child with an address-space limit and a
// time limit; the Document comes back as JSON over a pipe. A crash, a timeout
// or an exhausted limit becomes an InputError for that one file, and the batch
// goes on.
#pragma once

#include <filesystem>

#include "pipeline/core/document.hpp"
#include "pipeline/ingest/reader.hpp"
#include "pipeline/ocr/ocr_options.hpp"

namespace vbtrack::ocr {

class OcrStage;

// reader.read(path, source), then ocr->recognize(document) when `ocr` is given,
// in a child process limited by `limits`. Throws InputError naming the file
// and the reason ("took longer than 120 s and was stopped", "crashed (signal
// 11 …)", or the reader's own message), OcrSetupError when Tesseract is not
// installed. Call it from a thread that is not running OCR itself: the child
// inherits the stage's engines ready to use (call OcrStage::warm_up() first).
Document read_isolated(const std::filesystem::path& path, const SourceInfo& source, const Reader& reader, OcrStage* ocr,
                       const ResourceLimits& limits);

}  // namespace vbtrack::ocr
