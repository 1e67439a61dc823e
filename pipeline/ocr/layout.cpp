#include "pipeline/ocr/layout.hpp"

#include <algorithm>
#include <cstdlib>
#include <numeric>
#include <optional>

namespace vbtrack::ocr {
namespace {

// A run of words on one line with no wide gap inside: one cell of a column block.
struct Fragment {
    Box box;
    std::vector<OcrWord> words;
    int height() const { return box.bottom - box.top; }
};

Box union_of(const Box& a, const Box& b) {
    return {std::min(a.left, b.left), std::min(a.top, b.top), std::max(a.right, b.right), std::max(a.bottom, b.bottom)};
}

Fragment fragment_of(std::vector<OcrWord> words) {
    Fragment f{words.front().box, {}};
    for (const auto& w : words) f.box = union_of(f.box, w.box);
    f.words = std::move(words);
    return f;
}

// A gap wider than about two line heights separates columns; word spaces are a
// third of a line height, and justified body text stretches them to about one.
std::vector<Fragment> split_at_wide_gaps(const std::vector<OcrLine>& lines) {
    std::vector<Fragment> out;
    for (const auto& line : lines)
        for (auto& cell : split_at_gaps(line.words, 2 * std::max(1, line.box.bottom - line.box.top)))
            out.push_back(fragment_of(std::move(cell)));
    return out;
}

using Row = std::vector<Fragment>;  // fragments side by side, sorted left to right

bool same_row(const Box& row, const Box& f) {
    const int overlap = std::min(row.bottom, f.bottom) - std::max(row.top, f.top);
    return overlap * 2 > std::min(row.bottom - row.top, f.bottom - f.top);
}

std::vector<Row> group_rows(std::vector<Fragment> fragments) {
    std::sort(fragments.begin(), fragments.end(), [](const Fragment& a, const Fragment& b) { return a.box.top < b.box.top; });
    std::vector<Row> rows;
    std::vector<Box> extents;
    for (auto& f : fragments) {
        if (!rows.empty() && same_row(extents.back(), f.box)) {
            extents.back() = union_of(extents.back(), f.box);
            rows.back().push_back(std::move(f));
        } else {
            extents.push_back(f.box);
            rows.push_back({std::move(f)});
        }
    }
    for (auto& row : rows)
        std::sort(row.begin(), row.end(), [](const Fragment& a, const Fragment& b) { return a.box.left < b.box.left; });
    return rows;
}

// A two-column block as found so far: the left column's text ends at `left_end`,
// the right column's starts at `right_start`, and its cells are centred on
// `right_center` (the motto, the signer's title). A fragment joins the right
// column only if it sits nearer that centre than the page's: the centred
// document title below the header must not.
struct Columns {
    int left_end = 0, right_start = 0, right_center = 0, page_center = 0;

    enum class Side { left, right, neither };
    Side side_of(const Fragment& f) const {
        const int center = (f.box.left + f.box.right) / 2;
        if (f.box.left >= left_end && std::abs(center - right_center) < std::abs(center - page_center)) return Side::right;
        if (f.box.right <= right_start) return Side::left;
        return Side::neither;
    }
};

// A row of two or more fragments opens a block; the widest gap is its gutter.
std::optional<Columns> columns_of(const Row& row, int page_center) {
    if (row.size() < 2) return std::nullopt;
    std::size_t split = 1;
    for (std::size_t i = 1; i < row.size(); ++i)
        if (row[i].box.left - row[i - 1].box.right > row[split].box.left - row[split - 1].box.right) split = i;
    Columns c;
    c.page_center = page_center;
    c.left_end = row[split - 1].box.right;
    c.right_start = row[split].box.left;
    c.right_center = (row[split].box.left + row.back().box.right) / 2;
    for (std::size_t i = 0; i < split; ++i) c.left_end = std::max(c.left_end, row[i].box.right);
    return c;
}

// Adds the row to the block when every fragment fits a column; false when the row leaves the block.
bool extend(Columns& c, const Row& row, std::vector<Fragment>& left, std::vector<Fragment>& right) {
    for (const auto& f : row)
        if (c.side_of(f) == Columns::Side::neither) return false;
    for (const auto& f : row) {
        if (c.side_of(f) == Columns::Side::right) {
            c.right_start = std::min(c.right_start, f.box.left);
            right.push_back(f);
        } else {
            c.left_end = std::max(c.left_end, f.box.right);
            left.push_back(f);
        }
    }
    return true;
}

std::string joined_text(const std::vector<OcrWord>& words) {
    std::string text;
    for (const auto& w : words) {
        if (!text.empty()) text += ' ';
        text += w.text;
    }
    return text;
}

Paragraph paragraph_of(const std::vector<Fragment>& lines, int page_number, Align align) {
    Paragraph p;
    p.page = page_number;
    p.source = TextSource::ocr;
    p.align = align;
    p.box = lines.front().box;
    for (const auto& line : lines) {
        p.box = union_of(*p.box, line.box);
        p.words.insert(p.words.end(), line.words.begin(), line.words.end());
    }
    p.raw_text = p.text = joined_text(p.words);
    const double sum = std::accumulate(p.words.begin(), p.words.end(), 0.0,
                                       [](double s, const OcrWord& w) { return s + w.confidence; });
    p.confidence = p.words.empty() ? 0 : sum / static_cast<double>(p.words.size());
    return p;
}

// Body text: a line starts a new paragraph when it is indented, when the line
// before it stopped short of the right margin, or after a blank line's worth of space.
class FlowBuilder {
public:
    FlowBuilder(std::vector<Paragraph>& out, int left_margin, int right_margin, int page_number)
        : out_(out), left_margin_(left_margin), right_margin_(right_margin), page_number_(page_number) {}

    void add(Fragment line) {
        const int h = std::max(1, line.height());
        if (!current_.empty()) {
            const Box& prev = current_.back().box;
            const bool indented = line.box.left - left_margin_ > h;
            const bool prev_short = right_margin_ - prev.right > 3 * h;
            const bool spaced = line.box.top - prev.bottom > h;
            if (indented || prev_short || spaced) flush();
        }
        current_.push_back(std::move(line));
    }

    void flush() {
        if (current_.empty()) return;
        const Box& first = current_.front().box;
        const int h = std::max(1, current_.front().height());
        const int left_space = first.left - left_margin_, right_space = right_margin_ - first.right;
        const bool centered = left_space > 2 * h && right_space > 2 * h && std::abs(left_space - right_space) < 2 * h;
        out_.push_back(paragraph_of(current_, page_number_, centered ? Align::center : Align::left));
        current_.clear();
    }

private:
    std::vector<Paragraph>& out_;
    int left_margin_, right_margin_, page_number_;
    std::vector<Fragment> current_;
};

// The text block's margins, robust to a stray fragment in the page border.
std::pair<int, int> margins(const std::vector<Row>& rows, int page_width) {
    std::vector<int> lefts, rights;
    for (const auto& row : rows) lefts.push_back(row.front().box.left), rights.push_back(row.back().box.right);
    if (lefts.empty()) return {0, page_width};
    std::sort(lefts.begin(), lefts.end());
    std::sort(rights.begin(), rights.end());
    return {lefts[lefts.size() / 10], rights[rights.size() - 1 - rights.size() / 10]};
}

}  // namespace

std::vector<std::vector<OcrWord>> split_at_gaps(const std::vector<OcrWord>& words, int gap_limit) {
    std::vector<std::vector<OcrWord>> cells;
    for (const auto& word : words) {
        if (cells.empty() || word.box.left - cells.back().back().box.right > gap_limit) cells.emplace_back();
        cells.back().push_back(word);
    }
    return cells;
}

std::vector<Paragraph> lay_out(const std::vector<OcrLine>& lines, int page_width, int page_number) {
    const std::vector<Row> rows = group_rows(split_at_wide_gaps(lines));
    const auto [left_margin, right_margin] = margins(rows, page_width);
    std::vector<Paragraph> out;
    FlowBuilder flow(out, left_margin, right_margin, page_number);
    const auto emit_cells = [&](const std::vector<Fragment>& column) {
        for (const auto& cell : column) out.push_back(paragraph_of({cell}, page_number, Align::center));
    };

    for (std::size_t i = 0; i < rows.size();) {
        auto columns = columns_of(rows[i], (left_margin + right_margin) / 2);
        std::vector<Fragment> left, right;
        if (!columns || !extend(*columns, rows[i], left, right)) {
            for (const auto& f : rows[i]) flow.add(f);
            ++i;
            continue;
        }
        // A two-column block: this row and the rows below it that fit its columns.
        flow.flush();
        for (++i; i < rows.size() && extend(*columns, rows[i], left, right); ++i) {
        }
        emit_cells(left);
        emit_cells(right);
    }
    flow.flush();
    return out;
}

}  // namespace vbtrack::ocr
