// Vietnamese text in UTF-8: code points, case, and an accent-free folded image
// for matching patterns that must survive OCR noise and stripped marks.
#pragma once

#include "normalizers/utf8.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/text_view.hpp"

namespace vbtrack {

// Decodes the code point at `pos` and advances `pos`; invalid bytes decode as U+FFFD.

bool is_letter(char32_t c);
bool is_upper(char32_t c);
bool is_lower(char32_t c);
std::string to_lower(std::string_view text);
std::string to_upper(std::string_view text);
// First letter upper-cased, the rest untouched.
std::string capitalize_first(std::string_view text);
// Has at least two letters and none of them lower case.
bool is_all_caps(std::string_view text);
// First letter (skipping punctuation and spaces) is lower case.
bool starts_lower(std::string_view text);

// The lower-case ASCII letter a Vietnamese letter is built on ('ấ' -> 'a',
// 'Đ' -> 'd'), the lower-cased character for ASCII, 0 for anything else.
char base_letter(char32_t c);

// One folded byte per code point of the source: letters to their base letter,
// ASCII kept (lower-cased), dashes to '-', quotes to '"', others to '?'.
// origin[i] is the byte offset (in the source's own coordinates, i.e. plus
// `base`) of folded byte i; origin[size] is the end.
struct FoldedText {
    std::string folded;
    std::vector<std::size_t> origin;

    TextSpan to_source(std::size_t begin, std::size_t end) const { return {origin[begin], origin[end]}; }
};
FoldedText fold(std::string_view text, std::size_t base = 0);
// Just the folded string, for comparisons.
std::string folded(std::string_view text);

// The words between single spaces, and back: words [from, to) joined by one space.
std::vector<std::string> split_words(std::string_view text);
// How many words a phrase of words between single spaces holds.
std::size_t word_count(std::string_view phrase);
std::string join_words(const std::vector<std::string>& words, std::size_t from = 0,
                       std::size_t to = std::string::npos);

// Whitespace runs to one space, trimmed.
std::string collapse_spaces(std::string_view text);
std::string_view trim(std::string_view text);

}  // namespace vbtrack
