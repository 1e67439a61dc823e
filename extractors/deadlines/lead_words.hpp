// The word that opens a deadline phrase ("trước", "chậm nhất", "trong thời hạn",
// "Thời gian thực hiện:"), which decides what may follow it.
#pragma once

#include <optional>

#include "extractors/deadlines/folded_tokens.hpp"

namespace vbtrack::deadlines {

// The word that opens a phrase, which decides what may follow it.
enum class Lead {
    before,  // trước
    latest,  // chậm nhất (là), không quá, không muộn hơn
    within,  // trong (thời hạn | vòng)
    after,   // sau
    label,   // hạn chót:, thời hạn (hoàn thành):
    on,      // vào (ngày 28 hằng tháng): a deadline only when it recurs
};

// The lead at the cursor, read past; nullopt (the cursor where it was) when none is there.
std::optional<Lead> read_lead(TokenCursor& c);

}  // namespace vbtrack::deadlines
