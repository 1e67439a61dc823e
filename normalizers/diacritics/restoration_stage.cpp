#include "normalizers/diacritics/restoration_stage.hpp"

#include <string>

#include "normalizers/text_layer_quality.hpp"

namespace vbtrack::diacritics {

void RestorationStage::normalize(Document& document) const {
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
    std::vector<Paragraph*> targets;
    for (auto& paragraph : document.paragraphs)
        if (!ocr || paragraph.source == TextSource::ocr) targets.push_back(&paragraph);
    restore_together(targets, ocr, document.quality);
}

void RestorationStage::learn(std::string_view clean_text) const {
    // The same test normalize() puts a document to: only text that needs no repair teaches.
    if (!judge_text_layer(clean_text).usable) return;
    const lm::LanguageModel& model = restorer().model();
    std::lock_guard lock(learning_);
    if (!learned_) learned_.emplace(model);
    learned_->add_clean_text(clean_text);
}

// The paragraphs are restored as one text, as `vbtrack repair` restores a
// file: judged paragraph by paragraph, a short line of OCR output looks
// like typed text and keeps its misreadings, and each printed line of a
// text file would lose the context of the line before (kh01's OCR text:
// CER 0.047 one paragraph at a time, 0.029 together). Paragraphs of a
// text layer or text file are joined like lines (in OCR text the context
// runs across them), OCR'd paragraphs as the blocks they are.
void RestorationStage::restore_together(const std::vector<Paragraph*>& paragraphs, bool from_scan, TextQuality& quality) const {
    std::string text;
    std::vector<std::size_t> begins;
    for (const Paragraph* paragraph : paragraphs) {
        if (!begins.empty()) text += paragraph->source == TextSource::ocr ? "\n\n" : "\n";
        begins.push_back(text.size());
        text += paragraph->text;
    }
    if (text.empty()) return;
    const bool taught = use_learned_.load(std::memory_order_acquire);
    const RestoreResult result = restorer().restore(text, {.in_domain = taught ? &*learned_ : nullptr, .from_scan = from_scan});
    quality.repaired_syllables += result.changed_syllables;
    quality.unknown_syllables += result.unresolved_syllables;
    // A change lies inside one word, so inside one paragraph; each paragraph
    // moves by what the changes before it added or removed.
    std::ptrdiff_t shift = 0;
    auto change = result.changes.begin();
    for (std::size_t i = 0; i < paragraphs.size(); ++i) {
        const auto begin = static_cast<std::ptrdiff_t>(begins[i]);
        const std::ptrdiff_t end = begin + static_cast<std::ptrdiff_t>(paragraphs[i]->text.size());
        const std::ptrdiff_t new_begin = begin + shift;
        for (; change != result.changes.end() && static_cast<std::ptrdiff_t>(change->end) <= end; ++change)
            shift += static_cast<std::ptrdiff_t>(change->after.size()) -
                     static_cast<std::ptrdiff_t>(change->end - change->begin);
        paragraphs[i]->text = result.text.substr(static_cast<std::size_t>(new_begin),
                                                 static_cast<std::size_t>(end + shift - new_begin));
    }
}

// Opened on the first document that needs it (tens of milliseconds): a batch of Word files alone never does.
const DiacriticRestorer& RestorationStage::restorer() const {
    std::call_once(opened_, [this] { restorer_.emplace(DiacriticRestorer::open(model_path_)); });
    return *restorer_;
}

std::unique_ptr<RestorationStage> make_restoration_stage(const std::filesystem::path& model_path) {
    if (!std::filesystem::exists(model_path)) return nullptr;
    return std::make_unique<RestorationStage>(model_path);
}

}  // namespace vbtrack::diacritics
