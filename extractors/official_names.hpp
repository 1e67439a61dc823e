// Names of bodies and offices as a reader writes them. Headers and signature
// blocks print names in capitals ("BAN THƯỜNG VỤ", "UBND TỈNH SƠN LA"); the
// record wants "Ban Thường vụ", "Ủy ban nhân dân tỉnh Sơn La". The casing
// follows the official style: the first word, the words of office names
// ("Thường vụ", "Văn phòng", "Chủ tịch") and the place name after an
// administrative level ("tỉnh Sơn La") are capitalized, abbreviations stay.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace vbtrack {

// True for a token that cannot be a Vietnamese syllable ("UBND", "HĐND", "VN"),
// i.e. an abbreviation to keep in capitals.
bool is_abbreviation(std::string_view token);

// The fixed words of a name spelled right, its case kept: "TÍNH ỦY" -> "TỈNH ỦY",
// "Uy ban nhan dan tinh Son La" -> "Ủy ban nhân dân tỉnh Son La" (the place is
// an open class and stays as written).
std::string respell_office_words(std::string_view name);

// "BAN THƯỜNG VỤ" -> "Ban Thường vụ"; "PHÓ CHÁNH VĂN PHÒNG" -> "Phó Chánh Văn phòng".
std::string official_case(std::string_view text);

// UBND -> Ủy ban nhân dân, HĐND -> Hội đồng nhân dân, MTTQ -> Mặt trận Tổ quốc.
std::string expand_abbreviations(std::string_view name);

// The place names a document's header gives per administrative level:
// {"tỉnh": "Sơn La", "huyện": "Lục Ngạn"} (party committees count for their level).
using Localities = std::map<std::string, std::string>;
Localities localities_in(std::string_view name);

// Completes a body named without its place, as documents do when citing bodies
// of their own province: "Ban Thường vụ Tỉnh ủy" -> "Ban Thường vụ Tỉnh ủy Sơn La",
// "Ủy ban nhân dân tỉnh" -> "... tỉnh Sơn La", "Sở Tư pháp" -> "Sở Tư pháp tỉnh Sơn La".
std::string complete_locality(std::string_view name, const Localities& localities);

// True when the name already ends in a place ("... tỉnh Sơn La", "Tỉnh ủy Quảng Ninh").
bool has_locality(std::string_view name);


}  // namespace vbtrack
