// Recipients from "Nơi nhận:": one name per item, without the dash, the
// "(b/c)"-style tail and the final punctuation; an item naming several bodies
// ("TT Huyện ủy, TT HĐND huyện") gives one name each. "Lưu: VT" is not a recipient.
#pragma once

#include <vector>

#include "extractors/finding.hpp"
#include "extractors/layout.hpp"

namespace vbtrack {

std::vector<Finding<std::string>> find_recipients(const DocumentText& text, const Layout& layout);

}  // namespace vbtrack
