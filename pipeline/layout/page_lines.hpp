// Positioned words → lines → segments: the geometry the page layout reads.
// A segment is a run of words on one line with no gap wider than a column
// gutter between them (a cell of a borderless header table, or a whole line).
#pragma once

#include <vector>

#include "pipeline/layout/page_layout.hpp"

namespace vbtrack {

struct Segment {
    std::vector<PositionedWord> words;  // left to right
    double left = 0, top = 0, right = 0, bottom = 0;
    int column = -1;                    // 0 or 1 in a two-column zone (column_zones.hpp), -1 outside

    double center() const { return (left + right) / 2; }
};

struct Line {
    std::vector<PositionedWord> words;  // left to right
    double top = 0, bottom = 0;
    std::vector<Segment> segments;      // left to right
};

double median(std::vector<double> values);

// Words whose vertical extents overlap by half the shorter word form a line.
std::vector<Line> group_into_lines(std::vector<PositionedWord> words);

// The bounding box of consecutive words of one line.
Segment make_segment(std::vector<PositionedWord> words);

// Splits a line where the gap between words is far wider than a word space:
// that is the gutter between the two columns of a header or signature block.
void split_into_segments(Line& line, double em);

}  // namespace vbtrack
