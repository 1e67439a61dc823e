#include "pipeline/layout/page_layout.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace vbtrack {
namespace {

struct Segment {
    std::vector<PositionedWord> words;
    double left = 0, top = 0, right = 0, bottom = 0;
};

struct Line {
    std::vector<PositionedWord> words;
    double top = 0, bottom = 0;
    std::vector<Segment> segments;
};

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

// Splits a line where the gap between words is far wider than a word space:
// that is the gutter between the two columns of a header or signature block.
void split_into_segments(Line& line, double em) {
    for (auto& w : line.words) {
        if (line.segments.empty() || w.left - line.segments.back().right > 2.0 * em) {
            line.segments.push_back(Segment{{}, w.left, w.top, w.right, w.bottom});
        }
        Segment& s = line.segments.back();
        s.right = std::max(s.right, w.right);
        s.top = std::min(s.top, w.top);
        s.bottom = std::max(s.bottom, w.bottom);
        s.words.push_back(w);
    }
}

std::string join_words(const std::vector<PositionedWord>& words, double em) {
    std::string text;
    for (std::size_t i = 0; i < words.size(); ++i) {
        // Pieces of one word split at a font change touch; real word spaces are wider.
        if (i > 0 && words[i].left - words[i - 1].right > 0.1 * em) text += ' ';
        text += words[i].text;
    }
    return text;
}

bool starts_lowercase(const std::string& text) {
    if (text.empty()) return false;
    int32_t i = 0;
    UChar32 c;
    U8_NEXT(text.data(), i, static_cast<int32_t>(text.size()), c);
    return c > 0 && u_islower(c);
}

class ParagraphBuilder {
public:
    ParagraphBuilder(int page, TextSource source, double em) : page_(page), source_(source), em_(em) {}

    void add(const Segment& s, Align align, std::optional<CellPosition> cell, bool continues) {
        std::string text = join_words(s.words, em_);
        if (continues && !out_.empty()) {
            Paragraph& p = out_.back();
            p.text += ' ' + text;
            p.raw_text = p.text;
            p.box->right = std::max(p.box->right, static_cast<int>(s.right));
            p.box->bottom = std::max(p.box->bottom, static_cast<int>(s.bottom));
            add_words(p, s.words);
            return;
        }
        Paragraph p;
        p.text = p.raw_text = text;
        p.page = page_;
        p.align = align;
        p.cell = cell;
        p.source = source_;
        p.box = Box{static_cast<int>(s.left), static_cast<int>(s.top), static_cast<int>(s.right),
                    static_cast<int>(s.bottom)};
        p.bold = true;
        confidence_sum_.push_back(0);
        confidence_count_.push_back(0);
        out_.push_back(std::move(p));
        add_words(out_.back(), s.words);
    }

    std::vector<Paragraph> finish() {
        for (std::size_t i = 0; i < out_.size(); ++i)
            if (confidence_count_[i] > 0) out_[i].confidence = confidence_sum_[i] / confidence_count_[i];
        return std::move(out_);
    }

private:
    void add_words(Paragraph& p, const std::vector<PositionedWord>& words) {
        for (const auto& w : words) {
            p.bold = p.bold && w.bold;
            if (w.confidence >= 0) {
                confidence_sum_.back() += w.confidence;
                confidence_count_.back() += 1;
            }
        }
    }

    int page_;
    TextSource source_;
    double em_;
    std::vector<Paragraph> out_;
    std::vector<double> confidence_sum_;
    std::vector<int> confidence_count_;
};

bool ends_clause(const std::string& text) {
    return !text.empty() && (text.back() == ':' || text.back() == ';' || text.back() == '.');
}

}  // namespace

std::vector<Paragraph> lay_out_page(std::vector<PositionedWord> words, int page_number, TextSource source) {
    std::erase_if(words, [](const auto& w) { return w.text.empty() || w.bottom <= w.top; });
    if (words.empty()) return {};
    std::vector<double> heights;
    for (const auto& w : words) heights.push_back(w.bottom - w.top);
    const double em = std::max(1.0, median(heights));

    auto lines = group_into_lines(std::move(words));
    double body_left = 1e18, body_right = -1e18;
    for (auto& line : lines) {
        split_into_segments(line, em);
        body_left = std::min(body_left, line.segments.front().left);
        body_right = std::max(body_right, line.segments.back().right);
    }

    ParagraphBuilder builder(page_number, source, em);
    std::size_t i = 0;
    int zone_index = 0;
    const Segment* previous_body = nullptr;
    bool previous_centered = false;
    while (i < lines.size()) {
        if (lines[i].segments.size() >= 2) {
            // A two-column zone. It runs while each line's segments fall clearly in one column:
            // a lone line that reaches into the other column (a centred title, a full-width
            // paragraph) ends it.
            const auto& first = lines[i].segments;
            std::size_t widest = 0;
            for (std::size_t k = 1; k + 1 < first.size(); ++k)
                if (first[k + 1].left - first[k].right > first[widest + 1].left - first[widest].right) widest = k;
            const double gutter = (first[widest].right + first[widest + 1].left) / 2;
            double left_column_right = first[widest].right, right_column_left = first[widest + 1].left;
            std::vector<const Segment*> columns[2];
            for (; i < lines.size(); ++i) {
                const auto& segments = lines[i].segments;
                if (segments.size() == 1) {
                    const Segment& lone = segments[0];
                    bool in_left = lone.right < right_column_left - 0.5 * em && lone.left < left_column_right;
                    bool in_right = lone.left > left_column_right && lone.left >= right_column_left - 2 * em;
                    if (!in_left && !in_right) break;
                }
                for (const auto& seg : segments) {
                    int column = (seg.left + seg.right) / 2 < gutter ? 0 : 1;
                    columns[column].push_back(&seg);
                    if (column == 0) left_column_right = std::max(left_column_right, seg.right);
                    else right_column_left = std::min(right_column_left, seg.left);
                }
            }
            for (int c = 0; c < 2; ++c) {
                const Segment* prev = nullptr;
                for (const Segment* s : columns[c]) {
                    bool continues = prev && !ends_clause(join_words(prev->words, em)) &&
                                     starts_lowercase(join_words(s->words, em)) && s->top - prev->bottom < em;
                    builder.add(*s, Align::left, CellPosition{zone_index, 0, c}, continues);
                    prev = s;
                }
            }
            ++zone_index;
            previous_body = nullptr;
            continue;
        }
        const Segment& s = lines[i].segments.front();
        const double indent = s.left - body_left, right_gap = body_right - s.right;
        const bool centered = indent > 2 * em && std::abs(indent - right_gap) < 2 * em;
        bool continues = previous_body && !centered && !previous_centered && indent < 0.8 * em &&
                         previous_body->right > body_right - 3 * em && s.top - previous_body->bottom < em;
        builder.add(s, centered ? Align::center : Align::justify, std::nullopt, continues);
        previous_body = &s;
        previous_centered = centered;
        ++i;
    }
    return builder.finish();
}

}  // namespace vbtrack
