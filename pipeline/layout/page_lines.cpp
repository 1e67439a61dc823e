#include "pipeline/layout/page_lines.hpp"

#include <algorithm>

namespace vbtrack {

double median(std::vector<double> values) {
    if (values.empty()) return 0;
    std::nth_element(values.begin(), values.begin() + static_cast<long>(values.size() / 2), values.end());
    return values[values.size() / 2];
}

std::vector<Line> group_into_lines(std::vector<PositionedWord> words) {
    std::sort(words.begin(), words.end(),
              [](const auto& a, const auto& b) { return a.top + a.bottom < b.top + b.bottom; });
    std::vector<Line> lines;
    for (auto& w : words) {
        if (!lines.empty()) {
            // Compared with the line's first word, not the union of its words: a tall
            // signature line beside two small recipient lines must not merge them.
            Line& line = lines.back();
            double overlap = std::min(line.bottom, w.bottom) - std::max(line.top, w.top);
            double shorter = std::min(line.bottom - line.top, w.bottom - w.top);
            if (overlap >= 0.5 * shorter) {
                line.words.push_back(std::move(w));
                continue;
            }
        }
        Line line;
        line.top = w.top;
        line.bottom = w.bottom;
        line.words.push_back(std::move(w));
        lines.push_back(std::move(line));
    }
    for (auto& line : lines)
        std::sort(line.words.begin(), line.words.end(), [](const auto& a, const auto& b) { return a.left < b.left; });
    return lines;
}

Segment make_segment(std::vector<PositionedWord> words) {
    Segment s;
    s.left = s.top = 1e18;
    s.right = s.bottom = -1e18;
    for (const auto& w : words) {
        s.left = std::min(s.left, w.left);
        s.top = std::min(s.top, w.top);
        s.right = std::max(s.right, w.right);
        s.bottom = std::max(s.bottom, w.bottom);
    }
    s.words = std::move(words);
    return s;
}

void split_into_segments(Line& line, double em) {
    std::vector<PositionedWord> run;
    double run_right = 0;
    for (const auto& w : line.words) {
        if (!run.empty() && w.left - run_right > 2.0 * em) {
            line.segments.push_back(make_segment(std::move(run)));
            run.clear();
        }
        run_right = run.empty() ? w.right : std::max(run_right, w.right);
        run.push_back(w);
    }
    if (!run.empty()) line.segments.push_back(make_segment(std::move(run)));
}

}  // namespace vbtrack
