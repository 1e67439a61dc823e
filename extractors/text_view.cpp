#include "extractors/text_view.hpp"

#include <algorithm>

namespace vbtrack {

namespace {

LineLayout layout_of(const Paragraph& p) {
    return LineLayout{p.cell, p.box, p.align, p.bold, p.italic, p.source, p.confidence,
                      !p.raw_text.empty() && p.raw_text != p.text};
}

}  // namespace

DocumentText::DocumentText(const Document& document) {
    for (const auto& paragraph : document.paragraphs) {
        if (paragraph.text.empty()) continue;
        const LineLayout layout = layout_of(paragraph);
        has_cells_ = has_cells_ || layout.cell.has_value();
        std::string_view rest = paragraph.text;
        // Separator handling mirrors Document::text(): '\n' between paragraphs.
        if (!text_.empty()) text_ += '\n';
        std::size_t start = text_.size();
        text_ += rest;
        std::size_t line_begin = start;
        for (std::size_t i = start; i <= text_.size(); ++i) {
            if (i == text_.size() || text_[i] == '\n') {
                lines_.push_back(TextLine{{line_begin, i}, paragraph.page, layout});
                line_begin = i + 1;
            }
        }
    }
}

DocumentText DocumentText::from_plain(std::string_view text) {
    DocumentText out;
    int page = 1;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        std::string_view line = text.substr(pos, nl - pos);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        while (!line.empty() && line.front() == '\f') {
            ++page;
            line.remove_prefix(1);
        }
        // Blank lines separate nothing in Record::text (empty paragraphs are skipped).
        if (line.find_first_not_of(" \t") != std::string_view::npos) out.add_line(line, page, LineLayout{});
        if (nl == text.size()) break;
        pos = nl + 1;
    }
    return out;
}

void DocumentText::add_line(std::string_view line, int page, const LineLayout& layout) {
    if (!text_.empty()) text_ += '\n';
    std::size_t begin = text_.size();
    text_ += line;
    lines_.push_back(TextLine{{begin, text_.size()}, page, layout});
}

std::string_view DocumentText::slice(TextSpan span) const {
    std::size_t begin = std::min(span.begin, text_.size());
    std::size_t end = std::clamp(span.end, begin, text_.size());
    return std::string_view(text_).substr(begin, end - begin);
}

std::size_t DocumentText::line_at(std::size_t offset) const {
    if (lines_.empty()) return 0;
    auto it = std::upper_bound(lines_.begin(), lines_.end(), offset,
                               [](std::size_t off, const TextLine& l) { return off < l.span.begin; });
    return it == lines_.begin() ? 0 : static_cast<std::size_t>(it - lines_.begin()) - 1;
}

TextSpan DocumentText::lines_span(std::size_t first, std::size_t last) const {
    return TextSpan{lines_[first].span.begin, lines_[last].span.end};
}

TextSource DocumentText::source_at(TextSpan span) const {
    if (lines_.empty()) return TextSource::text_layer;
    for (std::size_t i = line_at(span.begin), last = line_at(span.end); i <= last && i < lines_.size(); ++i)
        if (lines_[i].layout.source != TextSource::text_layer) return TextSource::ocr;
    return TextSource::text_layer;
}

bool DocumentText::repaired_at(TextSpan span) const {
    if (lines_.empty()) return false;
    for (std::size_t i = line_at(span.begin), last = line_at(span.end); i <= last && i < lines_.size(); ++i)
        if (lines_[i].layout.repaired) return true;
    return false;
}

double DocumentText::confidence_at(TextSpan span) const {
    if (lines_.empty()) return 1.0;
    double sum = 0;
    int n = 0;
    for (std::size_t i = line_at(span.begin), last = line_at(span.end); i <= last && i < lines_.size(); ++i) {
        if (lines_[i].layout.confidence < 0) continue;
        sum += lines_[i].layout.confidence / 100.0;
        ++n;
    }
    return n == 0 ? 1.0 : sum / n;
}

}  // namespace vbtrack
