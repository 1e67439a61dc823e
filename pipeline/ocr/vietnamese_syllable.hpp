// Is a token a well-formed Vietnamese syllable? Onset + rhyme from the closed
// sets of the orthography, and the rule that a rhyme ending in p, t, c, ch takes
// only the sắc or nặng tone. Text that an English OCR model read ("Thu'orng",
// "s6", "luén") fails; clean Vietnamese, with or without its marks, passes.
#pragma once

#include <string_view>

namespace vbtrack::ocr {

struct SyllableCheck {
    bool letters = false;  // the token has letters (else it is a number or punctuation)
    bool valid = false;    // a well-formed syllable
    bool marked = false;   // carries a tone or vowel mark, or đ
    bool upper = false;    // every letter is a capital (acronyms like UBND are not syllables)
};

// `token`: UTF-8, one whitespace-separated word; edge punctuation is ignored,
// NFC and NFD marks are both understood.
SyllableCheck check_syllable(std::string_view token);

}  // namespace vbtrack::ocr
