// The footer of an official document: the recipients ("Nơi nhận:" and its
// dash-led items) and the signature block, as text and OCR give them.
#pragma once

#include "extractors/layout.hpp"

namespace vbtrack::layout_lines {

// The footer after the body that starts at out.body_begin: fills the recipients
// and the signature lines, and sets out.body_end where the body stops.
void find_footer(const DocumentText& text, Layout& out);

}  // namespace vbtrack::layout_lines
