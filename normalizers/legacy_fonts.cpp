#include "normalizers/legacy_fonts.hpp"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>

#include "normalizers/utf8.hpp"

namespace vbtrack {
namespace {

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
    return text.size() >= prefix.size() && std::equal(prefix.begin(), prefix.end(), text.begin(), [](char a, char b) {
               return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
           });
}

// The ABC fonts implement VN3, which has letters only in 0xA1–0xFF; anything
// else in a .VnTime run (Word's curly quotes and dashes) is the character it shows.
std::string decode_tcvn3_run(std::string_view utf8_text) {
    std::string out;
    out.reserve(utf8_text.size() + utf8_text.size() / 2);
    for (std::size_t pos = 0; pos < utf8_text.size();) {
        const char32_t c = utf8::next(utf8_text, pos);
        utf8::append(out, c >= 0xA0 && c <= 0xFF ? tcvn3_char(static_cast<unsigned char>(c)) : c);
    }
    return out;
}

std::string to_upper_vietnamese(const std::string& utf8_text) {
    std::string out;
    icu::UnicodeString::fromUTF8(utf8_text).toUpper(icu::Locale("vi")).toUTF8String(out);
    return out;
}

}  // namespace

std::optional<FontEncoding> font_encoding(std::string_view font_name) {
    if (starts_with_ignoring_case(font_name, ".Vn")) return FontEncoding{LegacyEncoding::tcvn3, font_name.back() == 'H'};
    if (starts_with_ignoring_case(font_name, "VNI-") || starts_with_ignoring_case(font_name, "VNI ")) {
        return FontEncoding{LegacyEncoding::vni, false};
    }
    return std::nullopt;
}

std::string decode_run(std::string_view utf8_text, const FontEncoding& font) {
    std::string decoded = font.encoding == LegacyEncoding::tcvn3 ? decode_tcvn3_run(utf8_text) : decode_misread(utf8_text, font.encoding);
    // The TCVN3 run may hold combining marks (0xB0–0xB4); normalize_text composes them later.
    return font.capitals_only ? to_upper_vietnamese(decoded) : decoded;
}

}  // namespace vbtrack
