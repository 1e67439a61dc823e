#include "normalizers/diacritics/letter_case.hpp"

#include <unicode/uchar.h>

#include "normalizers/utf8.hpp"

namespace vbtrack::diacritics {
namespace {

bool is_upper(char32_t c) { return c < 0x80 ? c >= 'A' && c <= 'Z' : u_isupper(static_cast<UChar32>(c)); }

}  // namespace

LetterCase letter_case(std::string_view word) {
    int letters = 0, upper = 0;
    bool first_upper = false;
    for (std::size_t pos = 0; pos < word.size();) {
        const char32_t c = utf8::next(word, pos);
        if (!u_isalpha(static_cast<UChar32>(c))) continue;
        const bool up = is_upper(c);
        if (letters == 0) first_upper = up;
        ++letters;
        upper += up;
    }
    if (letters >= 2 && upper == letters) return LetterCase::upper;
    if (first_upper) return letters == 1 && upper == 1 ? LetterCase::upper : LetterCase::capitalized;
    return LetterCase::lower;
}

std::string apply_case(std::string_view lower_word, LetterCase letter_case) {
    if (letter_case == LetterCase::lower) return std::string(lower_word);
    std::string out;
    out.reserve(lower_word.size());
    bool first = true;
    for (std::size_t pos = 0; pos < lower_word.size();) {
        const char32_t c = utf8::next(lower_word, pos);
        const bool raise = letter_case == LetterCase::upper || first;
        utf8::append(out, raise ? static_cast<char32_t>(u_toupper(static_cast<UChar32>(c))) : c);
        first = false;
    }
    return out;
}

}  // namespace vbtrack::diacritics
