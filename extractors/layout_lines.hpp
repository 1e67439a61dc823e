// The tests of a line that the layout's readers share (the header, the trích
// yếu, the footer): OCR's specks around a line, the end of a clause, a
// numbered clause; and the trích yếu's reader (layout_title.cpp).
#pragma once

#include <cstddef>
#include <string_view>

#include "extractors/layout.hpp"

namespace vbtrack::layout_lines {

// A trích yếu line is a printed line or two, never a paragraph of body text.
inline constexpr std::size_t kMaxTitleLine = 260;

// Specks and rules that OCR reads as punctuation around a line ("' BÁO CÁO",
// "VĂN PHÒNG:", "_ ỦY BAN NHÂN DÂN"); no header line begins or ends with them.
inline constexpr std::string_view kStrayMarks = " *_.,:;'`|~\"";

std::string_view without_stray_marks(std::string_view line);

bool ends_clause(std::string_view line);

// "1. ", "2.3. ", "4) ": the number of a clause or item of the body.
bool is_numbered_clause(std::string_view line);

bool starts_with_folded(std::string_view line, std::string_view prefix);

bool starts_with_digit(std::string_view line);

// At least two letters: anything less between the lines of a list or a title is a speck.
bool is_speck_line(std::string_view line);

// The trích yếu: its lines from line `first` on, into `out.title_lines`.
void find_title(const DocumentText& text, std::size_t first, Layout& out);

}  // namespace vbtrack::layout_lines
