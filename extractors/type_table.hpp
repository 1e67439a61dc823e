// Document types and their codes (Nghị định 30/2020/NĐ-CP, Phụ lục III, and
// Hướng dẫn 36-HD/VPTW for Party documents), plus the normative types cited in
// references. One table serves the number symbol ("KH" in 01/KH-VPUB), the
// type-name line ("KẾ HOẠCH") and references ("Kế hoạch số ...").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace vbtrack {

struct DocType {
    std::string code;  // "KH"; empty for types without a code (Luật)
    std::string name;  // "Kế hoạch"
};

// The name for a code as printed in a number symbol; `party` picks the Party
// meaning where the two regimes differ (TT: Thông tri vs Thông tư).
std::optional<DocType> doc_type_for_code(std::string_view code, bool party);
// The type whose name equals `text` up to case, marks and spacing ("KẾ HOẠCH", "Ke hoach").
std::optional<DocType> doc_type_for_name(std::string_view text);
// Folded names ("ke hoach", "quyet dinh", ...) longest first, for scanning text.
const std::vector<std::pair<std::string, DocType>>& doc_type_names_folded();

inline const DocType kCongVan{"CV", "Công văn"};

}  // namespace vbtrack
