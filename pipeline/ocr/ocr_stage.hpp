// The ocr stage: reads the pages of a Document that have no usable text layer
// (or every page, or none, as the user chose). Pages are the unit of work and
// run on `jobs` threads, each with its own Tesseract engine kept for the run.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pipeline/core/document.hpp"
#include "pipeline/ocr/engine_pool.hpp"
#include "pipeline/ocr/ocr_options.hpp"

namespace vbtrack::ocr {

class OcrStage {
public:
    explicit OcrStage(OcrOptions options);

    // Adds OCR paragraphs, in reading order, for the pages the mode selects,
    // replacing any text-layer paragraphs of those pages; sets each page's
    // source, confidence and decision, and the document's mean confidence.
    // Throws InputError when pages needed OCR and none could be read.
    void recognize(Document& document);

    // The same for several documents at once: their pages share the threads,
    // so a batch of one-page scans keeps every core busy. Returns, per
    // document, why it could not be read (nullopt when it was).
    std::vector<std::optional<std::string>> recognize(const std::vector<Document*>& documents);

    // Loads every engine now (before forking contained children, which then share them).
    void warm_up() { engines_.warm_up(); }

    const OcrOptions& options() const { return options_; }

private:
    OcrOptions options_;
    EnginePool engines_;
};

}  // namespace vbtrack::ocr
