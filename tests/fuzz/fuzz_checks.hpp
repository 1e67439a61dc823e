// What every fuzz target asserts beyond "does not crash". The checks are
// written here from the specifications (RFC 3629, the Gregorian calendar), not
// taken from the code under test, so a bug shared by both cannot hide.
// A failed check traps: libFuzzer saves the input as a crash, the replay
// tests fail.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace vbtrack::fuzz {

inline void check(bool condition) {
    if (!condition) __builtin_trap();
}

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

// RFC 3629: shortest form, no surrogates, nothing above U+10FFFF.
inline bool is_valid_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b0 = static_cast<unsigned char>(s[i]);
        std::size_t length = b0 < 0x80 ? 1 : (b0 & 0xE0) == 0xC0 ? 2 : (b0 & 0xF0) == 0xE0 ? 3 : (b0 & 0xF8) == 0xF0 ? 4 : 0;
        if (length == 0 || i + length > s.size()) return false;
        std::uint32_t c = length == 1 ? b0 : b0 & (0xFF >> (length + 1));
        for (std::size_t k = 1; k < length; ++k) {
            const auto b = static_cast<unsigned char>(s[i + k]);
            if ((b & 0xC0) != 0x80) return false;
            c = (c << 6) | (b & 0x3F);
        }
        static constexpr std::uint32_t kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
        if (c < kMinimum[length] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return false;
        i += length;
    }
    return true;
}

inline bool is_real_date(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1) return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int days_in_month[] = {31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return day <= days_in_month[month - 1];
}

inline int digits_value(std::string_view s) {
    int value = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

// "YYYY-MM-DD" naming a day that exists.
inline bool is_iso_date(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    const int year = digits_value(s.substr(0, 4)), month = digits_value(s.substr(5, 2)), day = digits_value(s.substr(8, 2));
    return year >= 0 && month >= 0 && day >= 0 && is_real_date(year, month, day);
}

}  // namespace vbtrack::fuzz
