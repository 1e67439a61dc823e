// One Tesseract engine: created once per worker thread (loading the `vie` model
// takes a fraction of a second and tens of MB) and reused for every page.
#pragma once

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "pipeline/core/document.hpp"
#include "pipeline/ocr/pix.hpp"

namespace tesseract {
class TessBaseAPI;
}

namespace vbtrack::ocr {

// Tesseract or its language data is missing: nothing can be OCR'd until the user installs it.
struct OcrSetupError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// One line of recognized text with its words, in page pixels.
struct OcrLine {
    Box box;
    std::vector<OcrWord> words;
};

class OcrEngine {
public:
    // `language` as Tesseract names it ("vie"); data from $TESSDATA_PREFIX or Debian's tessdata.
    explicit OcrEngine(const std::string& language);
    ~OcrEngine();
    OcrEngine(const OcrEngine&) = delete;
    OcrEngine& operator=(const OcrEngine&) = delete;

    // The lines of a cleaned page, in Tesseract's order (the layout step reorders them).
    std::vector<OcrLine> recognize(PIX* page, int dpi);

private:
    std::vector<OcrLine> reread_merged_rows(std::vector<OcrLine> lines, PIX* page, int dpi);
    std::vector<OcrLine> read_block(PIX* page, int dpi, const Box& box, int usual_height);

    std::unique_ptr<tesseract::TessBaseAPI> api_;
};

}  // namespace vbtrack::ocr
