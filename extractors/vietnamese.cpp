#include "extractors/vietnamese.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace vbtrack {

bool is_letter(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }
bool is_upper(char32_t c) { return u_isupper(static_cast<UChar32>(c)); }
bool is_lower(char32_t c) { return u_islower(static_cast<UChar32>(c)); }

namespace {

template <class Map>
std::string map_code_points(std::string_view text, Map map) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) utf8::append(out, map(utf8::next(text, pos)));
    return out;
}

// Base letters for the Latin blocks Vietnamese uses, computed once from ICU's
// canonical decompositions (the first code point of NFD is the base letter).
class BaseLetters {
public:
    BaseLetters() {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
        for (char32_t c = 0; c < table_.size(); ++c) {
            char32_t base = c;
            icu::UnicodeString decomposition;
            if (U_SUCCESS(status) && nfd->getDecomposition(static_cast<UChar32>(c), decomposition))
                base = static_cast<char32_t>(decomposition.char32At(0));
            if (base == U'đ' || base == U'Đ') base = U'd';
            base = static_cast<char32_t>(u_tolower(static_cast<UChar32>(base)));
            table_[c] = base < 0x80 && std::isalpha(static_cast<int>(base)) ? static_cast<char>(base) : 0;
        }
    }
    char operator()(char32_t c) const { return c < table_.size() ? table_[c] : 0; }

private:
    std::array<char, 0x1F00> table_{};  // up to the end of Latin Extended Additional
};

}  // namespace

std::string to_lower(std::string_view text) {
    return map_code_points(text, [](char32_t c) { return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))); });
}

std::string to_upper(std::string_view text) {
    return map_code_points(text, [](char32_t c) { return static_cast<char32_t>(u_toupper(static_cast<UChar32>(c))); });
}

std::string capitalize_first(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t start = pos;
        char32_t c = utf8::next(text, pos);
        if (!is_letter(c)) continue;
        std::string out(text.substr(0, start));
        utf8::append(out, static_cast<char32_t>(u_toupper(static_cast<UChar32>(c))));
        out += text.substr(pos);
        return out;
    }
    return std::string(text);
}

bool is_all_caps(std::string_view text) {
    int letters = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        char32_t c = utf8::next(text, pos);
        if (is_lower(c)) return false;
        letters += is_letter(c) ? 1 : 0;
    }
    return letters >= 2;
}

bool starts_lower(std::string_view text) {
    for (std::size_t pos = 0; pos < text.size();) {
        char32_t c = utf8::next(text, pos);
        if (is_letter(c)) return is_lower(c);
        if (c >= U'0' && c <= U'9') return false;
    }
    return false;
}

char base_letter(char32_t c) {
    static const BaseLetters letters;
    return letters(c);
}

FoldedText fold(std::string_view text, std::size_t base) {
    FoldedText out;
    out.folded.reserve(text.size());
    out.origin.reserve(text.size() + 1);
    for (std::size_t pos = 0; pos < text.size();) {
        out.origin.push_back(base + pos);
        char32_t c = utf8::next(text, pos);
        char f;
        if (c < 0x80) f = c >= U'A' && c <= U'Z' ? static_cast<char>(c - U'A' + 'a') : static_cast<char>(c);
        else if (char letter = base_letter(c)) f = letter;
        else if (c == U'–' || c == U'—' || c == U'‐' || c == U'‑') f = '-';
        else if (c == U'“' || c == U'”' || c == U'„') f = '"';
        else if (c == U'‘' || c == U'’') f = '\'';
        else if (c == 0xA0) f = ' ';
        else f = '?';
        out.folded += f;
    }
    out.origin.push_back(base + text.size());
    return out;
}

std::string folded(std::string_view text) { return fold(text).folded; }

std::string_view trim(std::string_view text) {
    const char* space = " \t\r\n";
    std::size_t b = text.find_first_not_of(space);
    if (b == std::string_view::npos) return {};
    std::size_t e = text.find_last_not_of(space);
    return text.substr(b, e - b + 1);
}

std::size_t word_count(std::string_view phrase) {
    return static_cast<std::size_t>(std::count(phrase.begin(), phrase.end(), ' ')) + 1;
}

std::vector<std::string> split_words(std::string_view text) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i] == ' ') ++i;
        std::size_t b = i;
        while (i < text.size() && text[i] != ' ') ++i;
        if (i > b) out.emplace_back(text.substr(b, i - b));
    }
    return out;
}

std::string join_words(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < words.size() && i < to; ++i) {
        if (!out.empty()) out += ' ';
        out += words[i];
    }
    return out;
}

std::string collapse_spaces(std::string_view text) {
    std::string out;
    bool space = false;
    for (char c : trim(text)) {
        bool is_space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (is_space) {
            space = true;
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

}  // namespace vbtrack
