// The letter case of a word, which restoration must keep while it changes
// the marks (its letters without marks: normalizers/base_form.hpp).
#pragma once

#include <string>
#include <string_view>

namespace vbtrack::diacritics {

enum class LetterCase { lower, capitalized, upper };
LetterCase letter_case(std::string_view word);

// `lower_word` written in `letter_case`.
std::string apply_case(std::string_view lower_word, LetterCase letter_case);

}  // namespace vbtrack::diacritics
