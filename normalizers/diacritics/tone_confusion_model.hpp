// How Tesseract's Vietnamese model reads tone marks: P(tone read | true tone).
// Its letters are nearly always right, its small tone marks less so (the hook
// above read as the acute: "tổ" as "tố"). Learned, not written by hand:
// tools/ocr_confusions/make_tone_confusions.py renders clean text, reads it
// with the `vie` model and counts (data/vie_tone_confusions.tsv).
#pragma once

#include <array>
#include <string_view>

#include "normalizers/vietnamese_letters.hpp"

namespace vbtrack::diacritics {

class ToneConfusionModel {
public:
    // Parses the tab-separated table (kind "tone", true tone, tone read, count).
    static ToneConfusionModel parse(std::string_view table);

    // log10 P(read | truth).
    float log10_read_as(Tone truth, Tone read) const {
        return log10_[static_cast<int>(truth)][static_cast<int>(read)];
    }

private:
    std::array<std::array<float, kToneCount>, kToneCount> log10_{};
};

}  // namespace vbtrack::diacritics
