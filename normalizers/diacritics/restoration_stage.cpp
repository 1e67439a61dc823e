#include "normalizers/diacritics/restoration_stage.hpp"

#include <mutex>
#include <optional>

#include "normalizers/diacritics/restorer.hpp"
#include "normalizers/text_layer_quality.hpp"

namespace vbtrack::diacritics {
namespace {

class RestorationStage final : public TextNormalizer {
public:
    explicit RestorationStage(std::filesystem::path model_path) : model_path_(std::move(model_path)) {}

    void normalize(Document& document) const override {
        const bool ocr = document.text_source() != TextSource::text_layer;
        // A Word file or text layer that reads as Vietnamese is the author's text: its marks
        // are the truth, and a context model could only make them worse. Text that lost its
        // marks, or an English OCR's text saved as .txt, fails the same test the PDF reader
        // puts a text layer to.
        if (!ocr && judge_text_layer(document.text()).usable) return;
        // The origin is left to the restorer to judge from the text: Tesseract's
        // Vietnamese model already gets most marks right, and treating its output as
        // garbled OCR (free letter edits) tripled its character errors on the medium
        // scans (CER 0.0032 → 0.0082 on kh01), where judging it gave 0.0027.
        const RestoreOptions options;
        for (auto& paragraph : document.paragraphs) {
            if (ocr && paragraph.source != TextSource::ocr) continue;
            RestoreResult result = restorer().restore(paragraph.text, options);
            paragraph.text = std::move(result.text);
            document.quality.repaired_syllables += result.changed_syllables;
            document.quality.unknown_syllables += result.unresolved_syllables;
        }
    }

private:
    // Opened on the first document that needs it (about 30 ms): a batch of Word files never does.
    const DiacriticRestorer& restorer() const {
        std::call_once(opened_, [this] { restorer_.emplace(DiacriticRestorer::open(model_path_)); });
        return *restorer_;
    }

    std::filesystem::path model_path_;
    mutable std::once_flag opened_;
    mutable std::optional<DiacriticRestorer> restorer_;
};

}  // namespace

std::unique_ptr<TextNormalizer> make_restoration_stage(const std::filesystem::path& model_path) {
    if (!std::filesystem::exists(model_path)) return nullptr;
    return std::make_unique<RestorationStage>(model_path);
}

}  // namespace vbtrack::diacritics
