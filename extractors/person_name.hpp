// Names of people as OCR reads them. A name is an open class, so a language
// model cannot repair it; two of its positions are closed classes, though:
//   - a Kinh name starts with a family name from a short list (Nguyễn, Trần,
//     Lê, ... Đới, Lò, Mạc);
//   - a name of the Central Highlands peoples (Ê Đê, Jrai, M'nông) starts with
//     "Y" (men) or "H'" (women) and ends with a clan name (Niê, Byă, Êban, Ksơr).
// OCR keeps the letters of these words and loses or swaps their marks ("Đởi",
// "Nguyến", "Bya"); stripped text has none. A word in one of these positions
// that is in no list, but has the letters of exactly one entry, takes that
// entry's marks. Everything else in the name stays as read.
#pragma once

#include <string>
#include <string_view>

namespace vbtrack {

// "Nguyến Văn An" -> "Nguyễn Văn An"; "Ý Sang Bya" -> "Y Sang Byă"; a name
// whose family name is in the list, or matches no entry, is returned as is.
std::string respell_person_name(std::string_view name);

}  // namespace vbtrack
