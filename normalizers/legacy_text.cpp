#include "normalizers/legacy_text.hpp"

#include <stdexcept>

#include "normalizers/encoding_detection.hpp"
#include "normalizers/legacy_encodings.hpp"
#include "normalizers/utf8.hpp"

namespace vbtrack {
namespace {

bool is_valid_utf8(std::string_view bytes) {
    for (std::size_t pos = 0; pos < bytes.size();) {
        const std::size_t before = pos;
        if (utf8::next(bytes, pos) == utf8::kReplacement && bytes.substr(before, pos - before) != "\xEF\xBF\xBD") return false;
    }
    return true;
}

}  // namespace

DecodedText decode_legacy_bytes(std::string_view bytes) {
    if (is_valid_utf8(bytes)) {
        const auto found = detect_in_utf8(bytes);
        if (!found) return {std::string(bytes), "utf-8"};
        return {decode_misread(bytes, *found), std::string(encoding_name(*found))};
    }
    const auto found = detect_in_bytes(bytes);
    if (!found) return {decode_windows1252(bytes), "windows-1252"};
    return {decode_bytes(bytes, *found), std::string(encoding_name(*found))};
}

DecodedText decode_bytes_as(std::string_view bytes, std::string_view encoding) {
    if (encoding == "utf-8") {
        if (!is_valid_utf8(bytes)) throw std::invalid_argument("the input is not valid UTF-8");
        return {std::string(bytes), "utf-8"};
    }
    for (LegacyEncoding legacy : {LegacyEncoding::windows1258, LegacyEncoding::tcvn3, LegacyEncoding::vni, LegacyEncoding::viqr}) {
        if (encoding != encoding_name(legacy)) continue;
        const bool stored_as_utf8 = legacy != LegacyEncoding::viqr && is_valid_utf8(bytes) && may_be_misread(bytes);
        return {stored_as_utf8 ? decode_misread(bytes, legacy) : decode_bytes(bytes, legacy), std::string(encoding)};
    }
    throw std::invalid_argument("unknown encoding \"" + std::string(encoding) + "\"; use one of " + std::string(kEncodingNames));
}

}  // namespace vbtrack
