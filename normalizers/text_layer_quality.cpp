#include "normalizers/text_layer_quality.hpp"

#include <cstdio>

#include <unicode/uchar.h>

#include "normalizers/normalize_text.hpp"
#include "normalizers/syllable.hpp"
#include "normalizers/tokenizer.hpp"
#include "normalizers/utf8.hpp"

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

bool all_capitals(std::string_view word) {
    for (std::size_t pos = 0; pos < word.size();)
        if (u_islower(static_cast<UChar32>(utf8::next(word, pos)))) return false;
    return true;
}

// In NFC every letter outside ASCII carries a Vietnamese mark (ă â đ ê ô ơ ư, or a tone).
bool marked(std::string_view word) {
    for (unsigned char c : word)
        if (c >= 0x80) return true;
    return false;
}

}  // namespace

TextLayerVerdict judge_text_layer(std::string_view page_text) {
    TextLayerVerdict v;
    int valid = 0, with_marks = 0;
    const std::string text = normalize_text(page_text);
    for (const Token& token : tokenize(text)) {
        if (token.kind != TokenKind::syllable) continue;  // numbers, codes, punctuation
        const bool well_formed = is_vietnamese_syllable(token.text);
        if (all_capitals(token.text) && !well_formed) continue;  // acronyms: UBND, TTHC
        ++v.syllables;
        valid += well_formed;
        with_marks += marked(token.text);
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
    v.diacritic_density = static_cast<double>(with_marks) / v.syllables;
    v.usable = v.valid_share >= kMinValidShare && v.diacritic_density >= kMinDiacriticDensity;
    std::snprintf(summary, sizeof summary, "text layer: %d syllables, %.2f valid, %.2f marked: %s", v.syllables,
                  v.valid_share, v.diacritic_density, v.usable ? "kept" : "not Vietnamese as printed, OCR");
    v.reason = summary;
    return v;
}

}  // namespace vbtrack
