// normalize_text on any bytes: the output is valid UTF-8 in NFC, has no CR,
// tab, control character, double space or space at a line's ends, and
// normalizing it again changes nothing (the repair stages rely on that).
#include <unicode/normalizer2.h>

#include "normalizers/normalize_text.hpp"
#include "tests/fuzz/fuzz_checks.hpp"

namespace {

bool is_nfc(const std::string& utf8) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    vbtrack::fuzz::check(U_SUCCESS(status));
    const bool normalized = nfc->isNormalized(icu::UnicodeString::fromUTF8(utf8), status);
    return U_SUCCESS(status) && normalized;
}

bool has_loose_space(std::string_view s) {
    if (s.empty()) return false;
    if (s.front() == ' ' || s.back() == ' ') return true;
    return s.find("  ") != std::string_view::npos || s.find(" \n") != std::string_view::npos ||
           s.find("\n ") != std::string_view::npos;
}

bool has_control(std::string_view s) {
    for (char c : s) {
        const auto b = static_cast<unsigned char>(c);
        if ((b < 0x20 && b != '\n') || b == 0x7F) return true;
    }
    return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using vbtrack::fuzz::check;
    const std::string once = vbtrack::normalize_text(vbtrack::fuzz::as_text(data, size));
    check(vbtrack::fuzz::is_valid_utf8(once));
    check(!has_control(once));
    check(!has_loose_space(once));
    check(is_nfc(once));
    check(vbtrack::normalize_text(once) == once);
    return 0;
}
