#include "legacy_encoders.hpp"

#include <iconv.h>
#include <unicode/normalizer2.h>
#include <unicode/ucnv.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <memory>
#include <stdexcept>
#include <string>

namespace vbtrack::test {
namespace {

// A Unicode character taken apart: ASCII base letter, vowel mark, tone mark.
struct Parts {
    char32_t base = 0;      // the character itself when it is not a Vietnamese letter
    char32_t modifier = 0;  // U+0302 circumflex, U+0306 breve, U+031B horn, or 0
    char32_t tone = 0;      // U+0300 U+0301 U+0309 U+0303 U+0323, or 0
    bool upper = false;
};

Parts take_apart(char32_t c) {
    if (c == U'đ' || c == U'Đ') return {c, 0, 0, c == U'Đ'};
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
    const icu::UnicodeString decomposed = nfd->normalize(icu::UnicodeString(static_cast<UChar32>(c)), status);
    Parts parts{c, 0, 0, false};
    const UChar32 base = decomposed.char32At(0);
    if (U_FAILURE(status) || base >= 0x80 || !u_isalpha(base)) return parts;
    parts.base = static_cast<char32_t>(u_tolower(base));
    parts.upper = u_isupper(base);
    for (int32_t i = U16_LENGTH(base); i < decomposed.length(); i = decomposed.moveIndex32(i, 1)) {
        const auto mark = static_cast<char32_t>(decomposed.char32At(i));
        if (mark == 0x302 || mark == 0x306 || mark == 0x31B) parts.modifier = mark;
        else if (mark == 0x300 || mark == 0x301 || mark == 0x309 || mark == 0x303 || mark == 0x323) parts.tone = mark;
        else return Parts{c, 0, 0, false};  // a mark Vietnamese does not use
    }
    return parts;
}

std::u32string code_points(std::string_view utf8) {
    std::u32string out;
    const icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) out += static_cast<char32_t>(text.char32At(i));
    return out;
}

// The Windows-1252 byte of a non-Vietnamese character (ICU's converter).
unsigned char windows1252(char32_t c) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open("windows-1252", &status), ucnv_close);
    ucnv_setFromUCallBack(converter.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    UChar units[2];
    int32_t unit_count = 0;
    U16_APPEND_UNSAFE(units, unit_count, static_cast<UChar32>(c));
    char byte = 0;
    const int32_t written = ucnv_fromUChars(converter.get(), &byte, 1, units, unit_count, &status);
    if (U_FAILURE(status) || written != 1) throw std::invalid_argument("character has no Windows-1252 byte");
    return static_cast<unsigned char>(byte);
}

unsigned char upper_if(unsigned char byte, bool upper) { return upper ? static_cast<unsigned char>(byte - 0x20) : byte; }

}  // namespace

std::string encode_vni(std::string_view utf8) {
    std::string out;
    for (char32_t c : code_points(utf8)) {
        const Parts p = take_apart(c);
        if (p.base == U'đ' || p.base == U'Đ') {
            out += static_cast<char>(p.upper ? 0xD1 : 0xF1);
            continue;
        }
        const bool vowel = p.base == U'a' || p.base == U'e' || p.base == U'i' || p.base == U'o' || p.base == U'u' || p.base == U'y';
        if (!vowel || (p.modifier == 0 && p.tone == 0)) {
            out += static_cast<char>(p.base < 0x80 ? (p.upper ? u_toupper(p.base) : p.base) : windows1252(c));
            continue;
        }
        // The published VNI table: i and ỵ are single bytes; ơ ư are single bytes plus a tone byte.
        if (p.base == U'i') {
            const unsigned char by_tone[] = {0, 0xEC, 0xED, 0xE6, 0xF3, 0xF2};  // none ` ' ? ~ .
            const int tone = p.tone == 0x300 ? 1 : p.tone == 0x301 ? 2 : p.tone == 0x309 ? 3 : p.tone == 0x303 ? 4 : 5;
            out += static_cast<char>(upper_if(by_tone[tone], p.upper));
            continue;
        }
        if (p.base == U'y' && p.tone == 0x323) {
            out += static_cast<char>(upper_if(0xEE, p.upper));
            continue;
        }
        if (p.modifier == 0x31B) {
            out += static_cast<char>(upper_if(p.base == U'o' ? 0xF4 : 0xF6, p.upper));
        } else {
            out += static_cast<char>(p.upper ? u_toupper(p.base) : p.base);
        }
        unsigned char mark = 0;
        if (p.modifier == 0x302) {  // circumflex, alone or with a tone
            mark = p.tone == 0 ? 0xE2 : p.tone == 0x301 ? 0xE1 : p.tone == 0x300 ? 0xE0 : p.tone == 0x309 ? 0xE5 : p.tone == 0x303 ? 0xE3 : 0xE4;
        } else if (p.modifier == 0x306) {  // breve, alone or with a tone
            mark = p.tone == 0 ? 0xEA : p.tone == 0x301 ? 0xE9 : p.tone == 0x300 ? 0xE8 : p.tone == 0x309 ? 0xFA : p.tone == 0x303 ? 0xFC : 0xEB;
        } else if (p.tone != 0) {
            mark = p.tone == 0x301 ? 0xF9 : p.tone == 0x300 ? 0xF8 : p.tone == 0x309 ? 0xFB : p.tone == 0x303 ? 0xF5 : 0xEF;
        }
        if (mark != 0) out += static_cast<char>(upper_if(mark, p.upper));
    }
    return out;
}

std::string encode_windows1258(std::string_view utf8) {
    std::string out;
    for (char32_t c : code_points(utf8)) {
        const Parts p = take_apart(c);
        if (p.base == U'đ' || p.base == U'Đ') {
            out += static_cast<char>(p.upper ? 0xD0 : 0xF0);
            continue;
        }
        if (p.base >= 0x80 || (p.modifier == 0 && p.tone == 0)) {
            out += static_cast<char>(p.base < 0x80 ? (p.upper ? u_toupper(p.base) : p.base) : windows1252(c));
            continue;
        }
        // Letters with their own mark are single bytes in Windows-1258 (Microsoft's table).
        unsigned char base = static_cast<unsigned char>(p.upper ? u_toupper(p.base) : p.base);
        if (p.modifier == 0x302) base = p.base == U'a' ? 0xE2 : p.base == U'e' ? 0xEA : 0xF4;
        if (p.modifier == 0x306) base = 0xE3;
        if (p.modifier == 0x31B) base = p.base == U'o' ? 0xF5 : 0xFD;
        if (p.modifier != 0) base = upper_if(base, p.upper);
        out += static_cast<char>(base);
        if (p.tone != 0) {
            const unsigned char tone = p.tone == 0x300 ? 0xCC : p.tone == 0x301 ? 0xEC : p.tone == 0x309 ? 0xD2 : p.tone == 0x303 ? 0xDE : 0xF2;
            out += static_cast<char>(tone);
        }
    }
    return out;
}

std::string encode_viqr(std::string_view utf8) {
    std::string out;
    bool after_vowel = false;
    const std::u32string text = code_points(utf8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char32_t c = text[i];
        const Parts p = take_apart(c);
        if (p.base == U'đ' || p.base == U'Đ') {
            out += p.upper ? "DD" : "dd";
            after_vowel = false;
            continue;
        }
        const bool vowel = p.base == U'a' || p.base == U'e' || p.base == U'i' || p.base == U'o' || p.base == U'u' || p.base == U'y';
        if (p.base < 0x80 && u_isalpha(p.base)) {
            // A literal d before another d (or before đ, written dd) is escaped, so "DDD" cannot pair up wrongly.
            const char32_t next = i + 1 < text.size() ? text[i + 1] : U' ';
            if (p.base == U'd' && (next == U'd' || next == U'D' || next == U'đ' || next == U'Đ')) out += '\\';
            out += static_cast<char>(p.upper ? u_toupper(p.base) : p.base);
            if (p.modifier) out += p.modifier == 0x302 ? '^' : p.modifier == 0x306 ? '(' : '+';
            if (p.tone) out += p.tone == 0x300 ? '`' : p.tone == 0x301 ? '\'' : p.tone == 0x309 ? '?' : p.tone == 0x303 ? '~' : '.';
            after_vowel = vowel;
            continue;
        }
        const bool mark_character = c == U'\'' || c == U'`' || c == U'?' || c == U'~' || c == U'.' || c == U'^' || c == U'(' || c == U'+';
        if (mark_character && after_vowel) out += '\\';
        icu::UnicodeString(static_cast<UChar32>(c)).toUTF8String(out);
        after_vowel = false;
    }
    return out;
}

bool needs_capital_font(char32_t c) {
    const Parts p = take_apart(c);
    return p.upper && p.tone != 0;
}

unsigned char tcvn3_vn3_byte(char32_t c) {
    // VN3 of TCVN 5712:1993 (the ABC fonts), lowercase letters in the order
    // of the standard's table: each vowel without tone, then ` ? ~ ' .
    static const std::u32string letters =
        U"ăâêôơưđ" U"àảãáạ" U"ằẳẵắặ" U"ầẩẫấậ" U"èẻẽéẹ" U"ềểễếệ" U"ìỉĩíị" U"òỏõóọ" U"ồổỗốộ" U"ờởỡớợ" U"ùủũúụ" U"ừửữứự" U"ỳỷỹýỵ";
    static const unsigned char bytes[] = {
        0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE,
        0xB5, 0xB6, 0xB7, 0xB8, 0xB9,  0xBB, 0xBC, 0xBD, 0xBE, 0xC6,  0xC7, 0xC8, 0xC9, 0xCA, 0xCB,
        0xCC, 0xCE, 0xCF, 0xD0, 0xD1,  0xD2, 0xD3, 0xD4, 0xD5, 0xD6,  0xD7, 0xD8, 0xDC, 0xDD, 0xDE,
        0xDF, 0xE1, 0xE2, 0xE3, 0xE4,  0xE5, 0xE6, 0xE7, 0xE8, 0xE9,  0xEA, 0xEB, 0xEC, 0xED, 0xEE,
        0xEF, 0xF1, 0xF2, 0xF3, 0xF4,  0xF5, 0xF6, 0xF7, 0xF8, 0xF9,  0xFA, 0xFB, 0xFC, 0xFD, 0xFE};
    static const std::u32string capitals = U"ĂÂÊÔƠƯĐ";  // 0xA1–0xA7
    if (c < 0x80) return static_cast<unsigned char>(c);
    if (auto at = capitals.find(c); at != std::u32string::npos) return static_cast<unsigned char>(0xA1 + at);
    const char32_t lower = static_cast<char32_t>(u_tolower(c));
    if (auto at = letters.find(lower); at != std::u32string::npos) return bytes[at];
    throw std::invalid_argument("character has no TCVN3 (VN3) byte");
}

std::string encode_tcvn3_glibc(std::string_view utf8) {
    std::unique_ptr<void, decltype(&iconv_close)> converter(iconv_open("TCVN5712-1", "UTF-8"), iconv_close);
    if (converter.get() == reinterpret_cast<iconv_t>(-1)) throw std::runtime_error("glibc iconv has no TCVN5712-1 converter");
    std::string in(utf8), out(utf8.size() * 2 + 16, '\0');
    char* in_ptr = in.data();
    char* out_ptr = out.data();
    std::size_t in_left = in.size(), out_left = out.size();
    if (iconv(converter.get(), &in_ptr, &in_left, &out_ptr, &out_left) == static_cast<std::size_t>(-1))
        throw std::invalid_argument("text has characters TCVN 5712 cannot write");
    out.resize(out.size() - out_left);
    return out;
}

std::string as_windows1252_text(std::string_view bytes) {
    const icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), "windows-1252");
    std::string out;
    text.toUTF8String(out);
    return out;
}

}  // namespace vbtrack::test
