// Is a PDF page's text layer worth keeping, or must the page be OCR'd again?
// A layer that an English OCR made of a Vietnamese scan ("Ket luén s6 116- KL/T U
// ngay 09/7/2021 cua Ban Thu'orng vu Tinh Jay") has words but few well-formed
// syllables and almost no tone marks; real Vietnamese has both.
#pragma once

#include <string>
#include <string_view>

namespace vbtrack {

struct TextLayerVerdict {
    bool usable = false;
    int syllables = 0;            // letter tokens judged (acronyms in capitals are left out)
    double valid_share = 0;       // well-formed Vietnamese syllables / syllables
    double diacritic_density = 0; // syllables carrying a mark / syllables
    std::string reason;           // for Page::ocr_decision: "text layer: 212 syllables, 0.97 valid, 0.68 marked: kept"
};

TextLayerVerdict judge_text_layer(std::string_view page_text);

}  // namespace vbtrack
