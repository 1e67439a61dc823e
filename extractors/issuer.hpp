// The issuing body as a reader states it, built from the header's issuer lines,
// the collective authority of the signature and, in decisions, the competence
// line:  "HUYỆN ỦY LỤC NGẠN" + "T/M BAN THƯỜNG VỤ" -> "Ban Thường vụ Huyện ủy Lục Ngạn";
//        "UBND TỈNH SƠN LA" / "VĂN PHÒNG"        -> "Văn phòng Ủy ban nhân dân tỉnh Sơn La";
//        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGHỆ AN" -> "Chủ tịch Ủy ban nhân dân tỉnh Nghệ An".
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extractors/finding.hpp"
#include "extractors/layout.hpp"
#include "extractors/official_names.hpp"
#include "extractors/signature.hpp"

namespace vbtrack {

struct IssuerResult {
    Finding<std::string> issuer;
    std::vector<std::string> issuer_lines;  // as printed
    Localities localities;                  // the places the header names, per level
};

// `signature_position`: the signer's position ("Chủ tịch"); `doc_type`: the code ("CT").
std::optional<IssuerResult> find_issuer(const DocumentText& text, const Layout& layout,
                                        const std::optional<Authority>& authority, std::string_view signature_position = {},
                                        std::string_view doc_type = {});

}  // namespace vbtrack
