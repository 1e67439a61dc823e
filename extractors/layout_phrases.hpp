// The fixed phrases of an official document's header and footer, folded, with
// the edits OCR may have made: what the layout's readers (layout.cpp,
// layout_footer.cpp) look for.
#pragma once

#include <string_view>

namespace vbtrack::layout_lines {

// The fixed phrases of the header, folded, with the edits OCR may have made.
struct Phrase {
    std::string_view folded;
    int max_errors;
};
inline constexpr Phrase kStateMotto{"cong hoa xa hoi chu nghia viet nam", 7};
inline constexpr Phrase kIndependence{"doc lap - tu do - hanh phuc", 7};
inline constexpr Phrase kPartyMotto{"dang cong san viet nam", 4};
inline constexpr Phrase kRecipients{"noi nhan", 2};

}  // namespace vbtrack::layout_lines
