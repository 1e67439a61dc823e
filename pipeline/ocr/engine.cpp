#include "pipeline/ocr/engine.hpp"

#include <tesseract/baseapi.h>
#include <tesseract/resultiterator.h>

namespace vbtrack::ocr {
namespace {

struct TextDeleter {
    void operator()(char* text) const { delete[] text; }
};

std::string trimmed(const char* text) {
    std::string s = text ? text : "";
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.pop_back();
    return s;
}

}  // namespace

OcrEngine::OcrEngine(const std::string& language) : api_(std::make_unique<tesseract::TessBaseAPI>()) {
    // nullptr: $TESSDATA_PREFIX when set, else the path Debian's Tesseract was built with.
    if (api_->Init(nullptr, language.c_str(), tesseract::OEM_LSTM_ONLY) != 0)
        throw OcrSetupError("Tesseract cannot load the '" + language +
                            "' language data; install the Debian package tesseract-ocr-" + language +
                            " or set TESSDATA_PREFIX to the folder holding " + language + ".traineddata");
    // Fully automatic segmentation finds the header and signature columns as separate blocks.
    api_->SetPageSegMode(tesseract::PSM_AUTO);
    // Tesseract's progress chatter would interleave with the batch's own output.
    api_->SetVariable("debug_file", "/dev/null");
}

OcrEngine::~OcrEngine() { api_->End(); }

std::vector<OcrLine> OcrEngine::recognize(PIX* page, int dpi) {
    api_->SetImage(page);
    api_->SetSourceResolution(dpi);
    std::vector<OcrLine> lines;
    if (api_->Recognize(nullptr) != 0) return lines;
    std::unique_ptr<tesseract::ResultIterator> it(api_->GetIterator());
    if (!it) return lines;
    constexpr auto kLine = tesseract::RIL_TEXTLINE;
    constexpr auto kWord = tesseract::RIL_WORD;
    do {
        if (it->Empty(kWord)) continue;
        if (it->IsAtBeginningOf(kLine) || lines.empty()) {
            OcrLine line;
            it->BoundingBox(kLine, &line.box.left, &line.box.top, &line.box.right, &line.box.bottom);
            lines.push_back(std::move(line));
        }
        OcrWord word;
        word.text = trimmed(std::unique_ptr<char[], TextDeleter>(it->GetUTF8Text(kWord)).get());
        word.confidence = it->Confidence(kWord);
        it->BoundingBox(kWord, &word.box.left, &word.box.top, &word.box.right, &word.box.bottom);
        if (!word.text.empty()) lines.back().words.push_back(std::move(word));
    } while (it->Next(kWord));
    std::erase_if(lines, [](const OcrLine& line) { return line.words.empty(); });
    api_->Clear();
    return lines;
}

}  // namespace vbtrack::ocr
