// Minimal UTF-8 stepping for the hot loops of the normalizers: ICU converts
// whole strings, but the tokenizer and the tone-mark pass look at one code
// point at a time and must not allocate.
#pragma once

#include <string>
#include <string_view>

namespace vbtrack::utf8 {

inline constexpr char32_t kReplacement = 0xFFFD;

// Decodes the code point at `pos` and advances `pos` past it. Malformed or
// truncated sequences yield U+FFFD and advance by one byte, so a caller never loops.
inline char32_t next(std::string_view s, std::size_t& pos) {
    const auto b0 = static_cast<unsigned char>(s[pos]);
    if (b0 < 0x80) {
        ++pos;
        return b0;
    }
    int length = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC2 ? 2 : 0;
    if (length == 0 || b0 > 0xF4 || pos + length > s.size()) {
        ++pos;
        return kReplacement;
    }
    char32_t c = b0 & (0x7F >> length);
    for (int i = 1; i < length; ++i) {
        const auto b = static_cast<unsigned char>(s[pos + i]);
        if ((b & 0xC0) != 0x80) {
            ++pos;
            return kReplacement;
        }
        c = (c << 6) | (b & 0x3F);
    }
    static constexpr char32_t kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
    if (c < kMinimum[length] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
        ++pos;
        return kReplacement;
    }
    pos += length;
    return c;
}

// The offset at or before `pos` where a character starts: a byte window cut
// there keeps whole characters.
inline std::size_t boundary_at_or_before(std::string_view s, std::size_t pos) {
    if (pos >= s.size()) return s.size();
    while (pos > 0 && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) --pos;
    return pos;
}

inline void append(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// A whole string's code points, malformed bytes as U+FFFD (next()), and back:
// for the edit-distance work that compares characters, not bytes.
inline std::u32string decode(std::string_view s) {
    std::u32string out;
    for (std::size_t pos = 0; pos < s.size();) out += next(s, pos);
    return out;
}

inline std::string encode(std::u32string_view s) {
    std::string out;
    for (char32_t c : s) append(out, c);
    return out;
}

}  // namespace vbtrack::utf8
