#include "normalizers/tokenizer.hpp"

#include <unicode/uchar.h>

#include <algorithm>

#include "normalizers/utf8.hpp"

namespace vbtrack {
namespace {

enum class CharClass { letter, digit, space, connector, other };

// Hyphen-like characters that join the parts of a code or date when written
// without spaces ("01/KH–VPUB" typed with an en dash): the normalizer folds them.
bool is_typographic_hyphen(char32_t c) {
    return c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014 || c == 0x2212;
}

// Out of line, so that char_class() inlines into the tokenizer's loops.
[[gnu::noinline]] CharClass char_class_by_icu(char32_t c) {
    if (is_typographic_hyphen(c)) return CharClass::connector;
    // Combining marks belong to the letter before them (decomposed text).
    if (u_isalpha(c) || u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK) return CharClass::letter;
    if (u_isUWhiteSpace(c) || u_charType(c) == U_FORMAT_CHAR) return CharClass::space;
    return CharClass::other;
}

inline CharClass char_class(char32_t c) {
    if (c < 0x80) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return CharClass::letter;
        if (c >= '0' && c <= '9') return CharClass::digit;
        if (c == ' ' || (c >= '\t' && c <= '\r')) return CharClass::space;
        if (c == '-' || c == '/' || c == '.' || c == ',') return CharClass::connector;
        return CharClass::other;
    }
    // Vietnamese letters and the combining marks of decomposed text, as ICU
    // classes them below but without its lookups (most characters of a
    // Vietnamese text fall here): Latin-1's letters (all but × and ÷), Latin
    // Extended-A and -B, the combining diacritics, Latin Extended Additional.
    if (c <= 0x24F) return c >= 0xC0 && c != 0xD7 && c != 0xF7 ? CharClass::letter : char_class_by_icu(c);
    if ((c >= 0x300 && c <= 0x36F) || (c >= 0x1E00 && c <= 0x1EFF)) return CharClass::letter;
    return char_class_by_icu(c);
}

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// Splits `word` at every occurrence of `separator`; returns false unless every
// part is a non-empty run of ASCII digits.
bool split_digit_groups(std::string_view word, char separator, std::vector<int>& values, std::vector<std::size_t>& widths) {
    values.clear();
    widths.clear();
    std::size_t start = 0;
    while (true) {
        std::size_t stop = word.find(separator, start);
        if (stop == std::string_view::npos) stop = word.size();
        std::string_view part = word.substr(start, stop - start);
        if (part.empty() || part.size() > 4 || !std::all_of(part.begin(), part.end(), is_ascii_digit)) return false;
        int value = 0;
        for (char c : part) value = value * 10 + (c - '0');
        values.push_back(value);
        widths.push_back(part.size());
        if (stop == word.size()) return true;
        start = stop + 1;
    }
}

bool valid_day(int d) { return d >= 1 && d <= 31; }
bool valid_month(int m) { return m >= 1 && m <= 12; }
bool valid_year(std::size_t width) { return width == 2 || width == 4; }

// Dates as Vietnamese documents write them: 09/7/2021, 15/11 (no year),
// 12/2023 (month/year), 05-3-2024, 12.5.2024. A dash or dot date needs its
// year, since "15-20" is a range and "1.000" a number.
bool is_date(std::string_view word) {
    std::vector<int> v;
    std::vector<std::size_t> w;
    for (char separator : {'/', '-', '.'}) {
        if (!split_digit_groups(word, separator, v, w)) continue;
        if (v.size() == 3) return valid_day(v[0]) && valid_month(v[1]) && valid_year(w[2]) && w[0] <= 2 && w[1] <= 2;
        if (v.size() == 2 && separator == '/') {
            if (w[1] == 4) return valid_month(v[0]) && w[0] <= 2;
            return valid_day(v[0]) && valid_month(v[1]) && w[0] <= 2 && w[1] <= 2;
        }
        return false;
    }
    return false;
}

bool is_number(std::string_view word) {
    return std::all_of(word.begin(), word.end(), [](char c) { return is_ascii_digit(c) || c == '.' || c == ','; });
}

TokenKind classify_word(std::string_view word, bool has_digit, bool has_connector) {
    if (!has_digit && !has_connector) return TokenKind::syllable;
    if (has_digit && is_date(word)) return TokenKind::date;
    if (has_digit && is_number(word)) return TokenKind::number;
    return TokenKind::code;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> tokens;
    // Room for the tokens of any prose (text stripped of its marks runs ~4.5
    // bytes a token, so a fifth was too little): growing by copying touches
    // fresh pages twice over, and the pages of a reservation never written
    // are never touched.
    tokens.reserve(text.size() / 3 + 1);
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t begin = pos;
        const CharClass first = char_class(utf8::next(text, pos));
        if (first == CharClass::space) continue;
        if (first != CharClass::letter && first != CharClass::digit) {
            tokens.push_back({TokenKind::punctuation, begin, pos, text.substr(begin, pos - begin)});
            continue;
        }
        // A word: letters and digits, joined by connectors that have a letter
        // or digit on both sides (a comma only between digits: "58,4").
        bool has_digit = first == CharClass::digit, has_connector = false;
        CharClass previous = first;
        std::size_t end = pos;
        while (pos < text.size()) {
            std::size_t after = pos;
            const char32_t c = utf8::next(text, after);
            const CharClass cls = char_class(c);
            if (cls == CharClass::letter || cls == CharClass::digit) {
                has_digit |= cls == CharClass::digit;
                previous = cls;
                pos = end = after;
                continue;
            }
            if (cls != CharClass::connector || after >= text.size()) break;
            std::size_t following_end = after;
            const CharClass following = char_class(utf8::next(text, following_end));
            const bool joins = c == ',' ? previous == CharClass::digit && following == CharClass::digit
                                        : following == CharClass::letter || following == CharClass::digit;
            if (!joins) break;
            has_connector = true;
            pos = after;
        }
        pos = end;
        const std::string_view word = text.substr(begin, end - begin);
        tokens.push_back({classify_word(word, has_digit, has_connector), begin, end, word});
    }
    return tokens;
}

}  // namespace vbtrack
