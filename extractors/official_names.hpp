// Names of bodies and offices as a reader writes them. Headers and signature
// blocks print names in capitals ("BAN THƯỜNG VỤ", "UBND TỈNH SƠN LA"); the
// record wants "Ban Thường vụ", "Ủy ban nhân dân tỉnh Sơn La". The casing
// follows the official style: the first word, the words of office names
// ("Thường vụ", "Văn phòng", "Chủ tịch") and the place name after an
// administrative level ("tỉnh Sơn La") are capitalized, abbreviations stay.
#pragma once

#include <string>
#include <string_view>

// The readers of names use these with the places a name gives and with its office
// words respelled, so this header brings those in too.
#include "extractors/localities.hpp"
#include "extractors/office_spellings.hpp"

namespace vbtrack {

// True for a token that cannot be a Vietnamese syllable ("UBND", "HĐND", "VN"),
// i.e. an abbreviation to keep in capitals.
bool is_abbreviation(std::string_view token);

// "BAN THƯỜNG VỤ" -> "Ban Thường vụ"; "PHÓ CHÁNH VĂN PHÒNG" -> "Phó Chánh Văn phòng".
std::string official_case(std::string_view text);

// UBND -> Ủy ban nhân dân, HĐND -> Hội đồng nhân dân, MTTQ -> Mặt trận Tổ quốc.
std::string expand_abbreviations(std::string_view name);

}  // namespace vbtrack
