// The places a name gives per administrative level, and bodies named without
// their place completed with them.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace vbtrack {

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
