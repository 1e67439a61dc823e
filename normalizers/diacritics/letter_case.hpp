// The shape of a word that restoration must keep while it changes the marks:
// its letter case, and its letters without marks (the base form every marked
// spelling of it shares).
#pragma once

#include <string>
#include <string_view>

namespace vbtrack::diacritics {

// "Kết" → "ket", "ĐẢNG" → "dang", "s6" → "s6": lower case, tone marks and
// vowel marks removed, đ → d. Characters that are not letters stay.
std::string base_form(std::string_view word);

// True when the word carries any Vietnamese mark (tone, ă â ê ô ơ ư, đ).
bool has_marks(std::string_view word);

enum class LetterCase { lower, capitalized, upper };
LetterCase letter_case(std::string_view word);

// `lower_word` written in `letter_case`.
std::string apply_case(std::string_view lower_word, LetterCase letter_case);

}  // namespace vbtrack::diacritics
