// Plain text in an unknown Vietnamese encoding → UTF-8. The text reader calls
// this for files without a UTF-8/UTF-16 byte-order mark.
#pragma once

#include <string>
#include <string_view>

namespace vbtrack {

struct DecodedText {
    std::string utf8;      // the text as UTF-8 (not yet normalized: run normalize_text on it)
    std::string encoding;  // "utf-8", "viqr", "windows-1258", "tcvn3", "vni", or "windows-1252" for non-Vietnamese 8-bit text
};

// Detects the encoding by decoding the bytes under each candidate and counting
// valid Vietnamese syllables, and returns the best decoding. UTF-8 input is
// also checked for VIQR (`Ke^' hoa.ch`) and for legacy text that was once
// mis-read as Latin-1 and saved as UTF-8 (`KÕ ho¹ch`).
DecodedText decode_legacy_bytes(std::string_view bytes);

// The same with the encoding given by its name ("tcvn3", "vni", "viqr",
// "windows-1258", "utf-8") instead of detected; throws std::invalid_argument
// for another name. Legacy text already stored as UTF-8 ("KÕ ho¹ch") decodes too.
DecodedText decode_bytes_as(std::string_view bytes, std::string_view encoding);

// The encoding names decode_bytes_as accepts, for help texts.
inline constexpr std::string_view kEncodingNames = "utf-8, tcvn3, vni, viqr, windows-1258";

}  // namespace vbtrack
