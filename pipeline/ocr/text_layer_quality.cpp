#include "pipeline/ocr/text_layer_quality.hpp"

#include <cstdio>

#include "pipeline/ocr/vietnamese_syllable.hpp"

namespace vbtrack {
namespace {

// Below this many syllables a page says too little to judge: it is kept or
// OCR'd by whether it has text at all (a cover page, a signature page).
constexpr int kMinSyllables = 12;
// Clean Vietnamese prose: ~0.95–1.0 well-formed and ~0.6–0.8 marked. English
// OCR of Vietnamese: ~0.6–0.8 well-formed (many syllables survive without
// marks) and under 0.1 marked. The thresholds sit between, nearer the bad side.
constexpr double kMinValidShare = 0.85;
constexpr double kMinDiacriticDensity = 0.25;

}  // namespace

TextLayerVerdict judge_text_layer(std::string_view page_text) {
    TextLayerVerdict v;
    int valid = 0, marked = 0;
    std::size_t i = 0;
    while (i < page_text.size()) {
        while (i < page_text.size() && std::isspace(static_cast<unsigned char>(page_text[i]))) ++i;
        std::size_t end = i;
        while (end < page_text.size() && !std::isspace(static_cast<unsigned char>(page_text[end]))) ++end;
        if (end == i) break;
        const auto check = ocr::check_syllable(page_text.substr(i, end - i));
        i = end;
        if (!check.letters || (check.upper && !check.valid)) continue;  // numbers, codes, acronyms
        ++v.syllables;
        valid += check.valid;
        marked += check.marked;
    }
    char summary[160];
    if (v.syllables < kMinSyllables) {
        v.usable = v.syllables > 0;
        std::snprintf(summary, sizeof summary, "text layer: %d syllables, too few to judge: %s", v.syllables,
                      v.usable ? "kept" : "OCR");
        v.reason = summary;
        return v;
    }
    v.valid_share = static_cast<double>(valid) / v.syllables;
    v.diacritic_density = static_cast<double>(marked) / v.syllables;
    v.usable = v.valid_share >= kMinValidShare && v.diacritic_density >= kMinDiacriticDensity;
    std::snprintf(summary, sizeof summary, "text layer: %d syllables, %.2f valid, %.2f marked: %s", v.syllables,
                  v.valid_share, v.diacritic_density, v.usable ? "kept" : "not Vietnamese as printed, OCR");
    v.reason = summary;
    return v;
}

}  // namespace vbtrack
