// The text every extractor reads: Record::text (= Document::text()) split into
// lines, each line knowing its page and the layout of the paragraph it came
// from. Extractors report spans as byte offsets into text(), so evidence
// points straight into the record's text.
//
// Plain text (.txt, text PDFs, OCR) gives only lines; docx adds table cells,
// alignment and bold, OCR adds boxes. Extractors must work from lines alone
// and use the rest as extra evidence when it is there.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/core/document.hpp"

namespace vbtrack {

// Half-open byte range [begin, end) into DocumentText::text().
struct TextSpan {
    std::size_t begin = 0, end = 0;
    bool empty() const { return end <= begin; }
    std::size_t size() const { return empty() ? 0 : end - begin; }
};

// The layout of the paragraph a line came from (all defaults for plain text).
struct LineLayout {
    std::optional<CellPosition> cell;
    std::optional<Box> box;
    Align align = Align::left;
    bool bold = false;
    bool italic = false;
    TextSource source = TextSource::text_layer;
    double confidence = -1;  // OCR word confidence 0..100, -1 when not OCR
    bool repaired = false;   // text repair changed the paragraph (text != raw_text)
};

struct TextLine {
    TextSpan span;  // without the '\n'
    int page = 1;
    LineLayout layout;
};

class DocumentText {
public:
    // Exactly Document::text(): non-empty paragraph texts joined with '\n';
    // a paragraph holding '\n' gives several lines with the same layout.
    explicit DocumentText(const Document& document);
    // Lines of plain text, all on page 1 unless separated by form feeds ('\f'
    // starts a new page and is dropped from the text).
    static DocumentText from_plain(std::string_view text);

    const std::string& text() const { return text_; }
    const std::vector<TextLine>& lines() const { return lines_; }
    std::size_t line_count() const { return lines_.size(); }
    std::string_view line_text(std::size_t line) const { return slice(lines_[line].span); }
    std::string_view slice(TextSpan span) const;

    // The line holding byte `offset` (the last line for offset == text().size()).
    std::size_t line_at(std::size_t offset) const;
    int page_at(std::size_t offset) const { return lines_.empty() ? 1 : lines_[line_at(offset)].page; }
    // The span of lines [first, last] inclusive.
    TextSpan lines_span(std::size_t first, std::size_t last) const;
    // True when the source gave table cells (docx): the header and footer tables.
    bool has_cells() const { return has_cells_; }
    // Evidence source for a span: "ocr" when any of its lines was recognized.
    TextSource source_at(TextSpan span) const;
    // True when text repair changed any of the span's lines.
    bool repaired_at(TextSpan span) const;
    // Mean OCR confidence (0..1) over the lines of a span; 1 for text layers.
    double confidence_at(TextSpan span) const;

private:
    DocumentText() = default;
    void add_line(std::string_view line, int page, const LineLayout& layout);

    std::string text_;
    std::vector<TextLine> lines_;
    bool has_cells_ = false;
};

}  // namespace vbtrack
