#include "pipeline/layout/column_zones.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

namespace vbtrack {
namespace {

struct Extent {
    double left, right;
};

// What the lines of one zone show of its two columns so far.
class ZoneColumns {
public:
    ZoneColumns(Line& seed, double em, double page_center) : em_(em), page_center_(page_center) {
        const auto& cells = seed.segments;
        std::size_t widest = 0;
        for (std::size_t k = 1; k + 1 < cells.size(); ++k)
            if (cells[k + 1].left - cells[k].right > cells[widest + 1].left - cells[widest].right) widest = k;
        gutter_ = (cells[widest].right + cells[widest + 1].left) / 2;
        left_column_right_ = cells[widest].right;
        right_column_left_ = cells[widest + 1].left;
        for (auto& cell : seed.segments) add(cell);
    }

    // The line below the zone's last line: it belongs when it has cells on both
    // sides, a lone cell clearly in one column, or is two cells that came close.
    bool admit_below(Line& line, bool next_has_two_cells) {
        if (line.segments.size() >= 2) {
            for (auto& cell : line.segments) add(cell);
            return true;
        }
        Segment& lone = line.segments.front();
        // A line centred on the page (a title) is in neither column, however short.
        const bool page_centered = std::abs(lone.center() - page_center_) <= em_;
        const bool in_left = lone.right < right_column_left_ - 0.5 * em_ && lone.left < left_column_right_;
        const bool in_right = lone.left > left_column_right_ && lone.left >= right_column_left_ - 2 * em_;
        if (!page_centered && (in_left || in_right)) {
            add(lone);
            return true;
        }
        return split_at_gutter(line, next_has_two_cells);
    }

    // The line above the zone's first line belongs only as two cells that came
    // close: a lone line there may be the end of the body above a footer.
    bool admit_above(Line& line) { return line.segments.size() == 1 && split_at_gutter(line, false); }

private:
    void add(Segment& cell) {
        cell.column = cell.center() < gutter_ ? 0 : 1;
        if (cell.column == 0) left_column_right_ = std::max(left_column_right_, cell.right);
        else right_column_left_ = std::min(right_column_left_, cell.left);
        columns_[cell.column].push_back({cell.left, cell.right});
    }

    // A cell sits in its column like the column's other cells: centred with them,
    // or flush with them on the left or on the right.
    bool fits(const Segment& piece, int column) const {
        return std::any_of(columns_[column].begin(), columns_[column].end(), [&](const Extent& e) {
            return std::abs(piece.center() - (e.left + e.right) / 2) <= em_ || std::abs(piece.left - e.left) <= em_ ||
                   std::abs(piece.right - e.right) <= em_;
        });
    }

    bool split_at_gutter(Line& line, bool between_zone_lines) {
        const auto& words = line.segments.front().words;
        std::vector<double> gaps;
        std::optional<std::size_t> cut;  // index of the first word of the right cell
        for (std::size_t k = 1; k < words.size(); ++k) {
            gaps.push_back(words[k].left - words[k - 1].right);
            // The gap is in the gutter: left of it nothing reaches the right column's
            // cells, right of it nothing reaches back over the left column's.
            const bool in_gutter = words[k - 1].right <= right_column_left_ && words[k].left >= left_column_right_;
            if (in_gutter && (!cut || gaps.back() > gaps[*cut - 1])) cut = k;
        }
        if (!cut) return false;
        const double gap = gaps[*cut - 1];
        gaps.erase(gaps.begin() + static_cast<long>(*cut - 1));
        // Justified body text spreads its spaces evenly; two cells leave one wider gap.
        const bool distinct = gap >= std::max(0.8 * em_, 2.5 * median(gaps));
        if (!distinct && !between_zone_lines) return false;
        const auto middle = words.begin() + static_cast<long>(*cut);
        Segment left = make_segment({words.begin(), middle}), right = make_segment({middle, words.end()});
        if (!fits(left, 0) || !fits(right, 1)) return false;
        line.segments = {std::move(left), std::move(right)};
        for (auto& cell : line.segments) add(cell);
        return true;
    }

    double em_;
    double page_center_;  // midway between the leftmost and the rightmost text of the page
    double gutter_ = 0;
    double left_column_right_ = 0, right_column_left_ = 0;
    std::vector<Extent> columns_[2];
};

}  // namespace

std::vector<ColumnZone> find_column_zones(std::vector<Line>& lines, double em) {
    double page_left = 1e18, page_right = -1e18;
    for (const auto& line : lines) {
        page_left = std::min(page_left, line.segments.front().left);
        page_right = std::max(page_right, line.segments.back().right);
    }
    std::vector<ColumnZone> zones;
    std::size_t free_from = 0;  // lines before it belong to an earlier zone
    for (std::size_t seed = 0; seed < lines.size(); ++seed) {
        if (lines[seed].segments.size() < 2) continue;
        ZoneColumns columns(lines[seed], em, (page_left + page_right) / 2);
        std::size_t end = seed + 1;
        while (end < lines.size() &&
               columns.admit_below(lines[end], end + 1 < lines.size() && lines[end + 1].segments.size() >= 2))
            ++end;
        std::size_t first = seed;
        while (first > free_from && columns.admit_above(lines[first - 1])) --first;
        zones.push_back({first, end});
        free_from = end;
        seed = end - 1;
    }
    return zones;
}

}  // namespace vbtrack
