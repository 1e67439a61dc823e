// Diacritic restoration and OCR post-correction (DESIGN.md §6): each word
// becomes a list of candidate syllables (its marks restored, or, in OCR text,
// the syllables an OCR engine may have misread as it), the language model and
// the confusion model score the sentence, and the best path is the repair.
// Numbers, dates, codes and punctuation pass through untouched; a marked
// syllable the model knows keeps a strong prior; case is kept as written.
//
//   const auto restorer = DiacriticRestorer::open(default_model_path());
//   RestoreResult r = restorer.restore("ke hoach thuc hien");  // "kế hoạch thực hiện"
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "normalizers/diacritics/beam_decoder.hpp"
#include "normalizers/diacritics/candidate_index.hpp"
#include "normalizers/diacritics/confusion_model.hpp"
#include "normalizers/diacritics/in_domain_cache.hpp"
#include "normalizers/diacritics/ocr_candidates.hpp"
#include "normalizers/diacritics/tone_confusion_model.hpp"
#include "normalizers/lm/model.hpp"

namespace vbtrack::diacritics {

// Where the text came from, which decides what a wrong-looking word may be.
enum class TextOrigin {
    automatic,  // decide from the text: few marks → typed without marks; many unknown marked words → OCR
    typed,      // typed text: marks may be missing, letters are right
    ocr,        // OCR output: letters and marks may be misread
};

struct RestoreOptions {
    TextOrigin origin = TextOrigin::automatic;
    std::size_t beam = DecoderOptions{}.beam;
    float prune_log10 = DecoderOptions{}.prune_log10;
    // Counts of the clean documents of the same batch, mixed into the model.
    const InDomainCache* in_domain = nullptr;
    // Read from a scan by a Vietnamese OCR model: text that has its marks, but a
    // known word's mark may be a misread one (the hook above read as the acute:
    // "tổ chức" as "tố chức"), which typed text is trusted never to have.
    bool from_scan = false;
};

struct SyllableChange {
    std::size_t begin = 0, end = 0;  // byte span in the input
    std::string before, after;
};

struct RestoreResult {
    std::string text;
    int changed_syllables = 0;
    int unresolved_syllables = 0;  // words that look Vietnamese but match nothing the model knows
    TextOrigin origin = TextOrigin::typed;  // as decided
    std::vector<SyllableChange> changes;
};

class DiacriticRestorer {
public:
    static DiacriticRestorer open(const std::filesystem::path& model_path);
    explicit DiacriticRestorer(lm::LanguageModel model);

    // Restores every line of `text` (each line is a sentence to the model).
    RestoreResult restore(std::string_view text, const RestoreOptions& options = {}) const;

    const lm::LanguageModel& model() const { return *model_; }

private:
    // Behind pointers: the members refer to each other, and the restorer must stay movable.
    std::unique_ptr<lm::LanguageModel> model_;
    std::unique_ptr<CandidateIndex> index_;
    std::unique_ptr<ConfusionModel> confusions_;
    std::unique_ptr<ToneConfusionModel> tone_confusions_;  // of Tesseract's Vietnamese model, for `from_scan`
    std::unique_ptr<OcrCandidates> ocr_candidates_;
};

// The model `vbtrack repair` and the pipeline use: $VBTRACK_LM if set, else
// vbtrack-lm.bin beside the running executable, else the one the build made.
std::filesystem::path default_model_path();

}  // namespace vbtrack::diacritics
