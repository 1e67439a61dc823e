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
    for (const auto& line : lines) {
        const int gap_limit = 2 * std::max(1, line.box.bottom - line.box.top);
        std::vector<OcrWord> run;
        for (const auto& word : line.words) {
            if (!run.empty() && word.box.left - run.back().box.right > gap_limit) out.push_back(fragment_of(std::move(run))), run = {};
            run.push_back(word);
        }
        if (!run.empty()) out.push_back(fragment_of(std::move(run)));
    }
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

// The gutter of a row of two cells: the widest gap between its fragments.
struct Gutter {
    int left = 0, right = 0;
    int middle() const { return (left + right) / 2; }
};

std::optional<Gutter> gutter_of(const Row& row) {
    std::optional<Gutter> best;
    for (std::size_t i = 1; i < row.size(); ++i) {
        Gutter g{row[i - 1].box.right, row[i].box.left};
        if (!best || g.right - g.left > best->right - best->left) best = g;
    }
    return best;
}

bool crosses(const Row& row, int x) {
    return std::any_of(row.begin(), row.end(), [x](const Fragment& f) { return f.box.left < x && f.box.right > x; });
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

std::vector<Paragraph> lay_out(const std::vector<OcrLine>& lines, int page_width, int page_number) {
    const std::vector<Row> rows = group_rows(split_at_wide_gaps(lines));
    const auto [left_margin, right_margin] = margins(rows, page_width);
    std::vector<Paragraph> out;
    FlowBuilder flow(out, left_margin, right_margin, page_number);
    const auto emit_cells = [&](const std::vector<Fragment>& column) {
        for (const auto& cell : column) out.push_back(paragraph_of({cell}, page_number, Align::center));
    };

    for (std::size_t i = 0; i < rows.size();) {
        const auto gutter = gutter_of(rows[i]);
        if (!gutter) {
            flow.add(rows[i][0]);
            ++i;
            continue;
        }
        // A two-column block: this row and the rows below it that stay clear of its gutter.
        flow.flush();
        std::vector<Fragment> left, right;
        const int middle = gutter->middle();
        for (; i < rows.size() && !crosses(rows[i], middle); ++i)
            for (const auto& f : rows[i]) (f.box.right <= middle ? left : right).push_back(f);
        emit_cells(left);
        emit_cells(right);
    }
    flow.flush();
    return out;
}

}  // namespace vbtrack::ocr
