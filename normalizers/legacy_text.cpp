#include "normalizers/legacy_text.hpp"

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

}  // namespace vbtrack
