// The text-level repair that the normalize stage and `vbtrack repair` run,
// and that diacritic restoration chains after. Input and output are UTF-8.
#pragma once

#include <string>
#include <string_view>

namespace vbtrack {

// Unicode NFC; the tone mark of every Vietnamese syllable in its canonical
// place (hòa, thủy: see place_tone_mark); typographic hyphens inside numbers
// and codes (01/KH–VPUB, 2023–2024) folded to '-', and typographic quotes
// between digits to ' or "; control and invisible format characters removed;
// runs of spaces and tabs made one space, lines trimmed, CR LF made LF.
// Document numbers, dates and codes are otherwise left as they are.
std::string normalize_text(std::string_view utf8);

}  // namespace vbtrack
