// Documents the text cites: "<type name> số <number symbol> ngày <date> của <issuer>",
// e.g. "Kết luận số 116-KL/TU ngày 09/7/2021 của Ban Thường vụ Tỉnh ủy Bắc Giang",
// "Quyết định số: 1859-QĐ/TU, ngày 09/4/2019", "Chỉ thị số 10/CT-TTg", and the
// proposal form "đề nghị của Giám đốc Sở X tại Tờ trình số ...". A body cited
// without its place ("của UBND tỉnh") gets the place of the citing document.
#pragma once

#include <vector>

#include "extractors/finding.hpp"
#include "extractors/official_names.hpp"
#include "pipeline/core/record.hpp"

namespace vbtrack {

// Citations in text[span], one per number symbol (the first mention with the
// most detail wins); `own_number` (the document's own) is skipped.
std::vector<Finding<Reference>> find_references(const DocumentText& text, TextSpan span, const Localities& localities,
                                                const std::string& own_number);

}  // namespace vbtrack
