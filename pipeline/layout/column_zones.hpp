// The two-column zones of an official document's page: the header (issuer |
// motto, number | place and date) and the footer (recipients | signer), which
// the docx version keeps in borderless two-column tables.
#pragma once

#include <cstddef>
#include <vector>

#include "pipeline/layout/page_lines.hpp"

namespace vbtrack {

struct ColumnZone {
    std::size_t first_line = 0;  // the zone is lines [first_line, end_line) of the page
    std::size_t end_line = 0;
};

// Finds the zones top to bottom and sets the `column` of each of their segments.
// A zone starts at a line split by a wide gap; its columns are separated by a
// gutter that none of its lines crosses. A line beside the zone that crosses the
// gutter is two cells that came close (a wide issuer beside the date or the
// motto) when it has a gap in the gutter, each side fits its column's other
// lines, and that gap is clearly wider than the line's word spaces or the line
// lies between the zone's lines and a line with cells in both columns below. Its
// segments are then replaced by the two cells. Any other crossing line (a title,
// body text) ends the zone, and so does a line centred on the page.
std::vector<ColumnZone> find_column_zones(std::vector<Line>& lines, double em);

}  // namespace vbtrack
