// In a Word file the font of a run says how its characters are encoded:
// ".VnTime" text is TCVN3 bytes, "VNI-Times" text is VNI bytes, each stored
// as the Windows-1252 character of the byte.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "normalizers/legacy_encodings.hpp"

namespace vbtrack {

struct FontEncoding {
    LegacyEncoding encoding;
    bool capitals_only;  // the TCVN3 ...H fonts (".VnTimeH") draw every letter as a capital
};

// ".Vn…" fonts are TCVN3 (those ending in 'H' capitals-only), "VNI-…" fonts
// are VNI; nullopt for Unicode fonts.
std::optional<FontEncoding> font_encoding(std::string_view font_name);

// The text of a run in a legacy font, as Unicode (not yet NFC: normalize_text composes it).
std::string decode_run(std::string_view utf8_text, const FontEncoding& font);

}  // namespace vbtrack
