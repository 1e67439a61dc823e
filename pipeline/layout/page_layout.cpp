#include "pipeline/layout/page_layout.hpp"

#include <algorithm>
#include <cmath>
#include <optional>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "pipeline/layout/column_zones.hpp"
#include "pipeline/layout/page_lines.hpp"

namespace vbtrack {
namespace {

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

    const auto zones = find_column_zones(lines, em);

    ParagraphBuilder builder(page_number, source, em);
    std::size_t i = 0;
    int zone_index = 0;
    auto next_zone = zones.begin();
    const Segment* previous_body = nullptr;
    bool previous_centered = false;
    while (i < lines.size()) {
        if (next_zone != zones.end() && i == next_zone->first_line) {
            for (int c = 0; c < 2; ++c) {
                const Segment* prev = nullptr;
                for (std::size_t k = next_zone->first_line; k < next_zone->end_line; ++k) {
                    for (const Segment& s : lines[k].segments) {
                        if (s.column != c) continue;
                        bool continues = prev && !ends_clause(join_words(prev->words, em)) &&
                                         starts_lowercase(join_words(s.words, em)) && s.top - prev->bottom < em;
                        builder.add(s, Align::left, CellPosition{zone_index, 0, c}, continues);
                        prev = &s;
                    }
                }
            }
            i = next_zone->end_line;
            ++next_zone;
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
