#include "normalizers/lm/lm_words.hpp"

#include <unicode/uchar.h>

#include "normalizers/utf8.hpp"

namespace vbtrack::lm {

std::string to_lower(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t pos = 0; pos < text.size();) {
        const char32_t c = utf8::next(text, pos);
        utf8::append(out, c < 0x80 ? static_cast<char32_t>(c >= 'A' && c <= 'Z' ? c + 32 : c)
                                   : static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
    }
    return out;
}

std::string lm_word(const Token& token) {
    switch (token.kind) {
        case TokenKind::syllable: return to_lower(token.text);
        case TokenKind::number:
        case TokenKind::date: return std::string(kNumberWord);
        case TokenKind::code: return std::string(kCodeWord);
        case TokenKind::punctuation: break;
    }
    return std::string(token.text);
}

std::vector<std::string> lm_words(std::string_view line) {
    std::vector<std::string> words;
    for (const Token& token : tokenize(line)) words.push_back(lm_word(token));
    return words;
}

}  // namespace vbtrack::lm
