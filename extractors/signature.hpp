// The signature block: authority ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
// "T/M BAN THƯỜNG VỤ"), position ("PHÓ CHỦ TỊCH") and the signer's name.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "extractors/finding.hpp"
#include "extractors/layout.hpp"
#include "pipeline/core/record.hpp"

namespace vbtrack {

// "TM. ỦY BAN NHÂN DÂN" -> marker "TM.", body "ỦY BAN NHÂN DÂN". OCR variants
// ("TM ", "T.M.", "K/T") are recognized; the marker is returned as printed by
// the format of its regime (TM., KT., TL., TUQ., Q. or T/M, K/T, T/L).
struct Authority {
    std::string marker;
    std::string body;  // as printed (capitals)
};
std::optional<Authority> parse_authority(std::string_view line);

// Signed for a collective body (TM./T/M, or TL./T/L/TUQ. of a body rather
// than of a person): its body is part of the issuer ("T/M BAN THƯỜNG VỤ" + "HUYỆN ỦY X").
bool is_collective(const Authority& authority);

struct SignatureBlock {
    Finding<Signer> signer;
    std::optional<Authority> authority;
};
std::optional<SignatureBlock> find_signature(const DocumentText& text, const Layout& layout);

}  // namespace vbtrack
