// How likely an OCR engine is to print `ocr` where the page said `truth`:
// P(ocr | truth) from character edits (a weighted edit distance whose costs
// are -log10 of learned edit probabilities) or, for pairs seen often enough,
// from whole-token counts. The table is learned, not written by hand:
// tools/ocr_confusions/make_confusions.py renders clean text, OCRs it with
// Tesseract's English model and counts (data/ocr_confusions.tsv).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

namespace vbtrack::diacritics {

class ConfusionModel {
public:
    // Parses the tab-separated table (kind, true, ocr, count).
    static ConfusionModel parse(std::string_view table);

    // log10 P(ocr | truth), both lower-case UTF-8.
    float log10_channel(std::string_view truth, std::string_view ocr) const;

private:
    float substitution(char32_t truth, char32_t ocr) const;
    float deletion(char32_t truth) const;
    float insertion(char32_t ocr) const;

    // Key (truth << 32 | ocr); 0 stands for "no character" (an insertion or a deletion).
    std::unordered_map<std::uint64_t, float> edit_log10_;
    std::unordered_map<char32_t, float> truth_totals_;
    float total_characters_ = 1;
    std::unordered_map<std::string, float> token_log10_;  // "truth\tocr" → log10 P(ocr | truth)
};

}  // namespace vbtrack::diacritics
