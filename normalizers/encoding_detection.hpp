// Which encoding a text is in, judged by how Vietnamese each decoding looks.
#pragma once

#include <optional>
#include <string_view>

#include "normalizers/legacy_encodings.hpp"

namespace vbtrack {

// Valid Vietnamese syllables with a non-ASCII letter, minus words with a
// non-ASCII letter that are not syllables and stray symbols (¹ ¸ µ ¬) inside
// or beside words. Correctly decoded Vietnamese scores about one point per
// marked syllable; a wrong decoding of the same bytes scores below zero, and
// ASCII-only words count for neither, so they cannot tip the choice.
long vietnamese_score(std::string_view utf8);

// For valid UTF-8: the legacy encoding the text is really in — VIQR, or
// legacy bytes once read as Windows-1252 — or nullopt when it is fine as it is.
std::optional<LegacyEncoding> detect_in_utf8(std::string_view utf8);

// For 8-bit bytes: Windows-1258, TCVN3 or VNI, or nullopt when no Vietnamese
// decoding beats plain Windows-1252.
std::optional<LegacyEncoding> detect_in_bytes(std::string_view bytes);

// The bytes decoded under one encoding (VIQR: the bytes are UTF-8).
std::string decode_bytes(std::string_view bytes, LegacyEncoding encoding);

// Windows-1252 bytes → UTF-8: what non-Vietnamese 8-bit text falls back to.
std::string decode_windows1252(std::string_view bytes);

// True when every character has a Windows-1252 byte and some are not ASCII:
// the text may be legacy bytes that were once read as Windows-1252.
bool may_be_misread(std::string_view utf8);

}  // namespace vbtrack
