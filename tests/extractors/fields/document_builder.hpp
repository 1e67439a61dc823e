// Documents for extractor tests, built the way the readers build them: one
// paragraph per line, as plain text (.txt, text PDF) or OCR gives them.
#pragma once

#include <string>
#include <string_view>

#include "extractors/extract.hpp"
#include "pipeline/core/document.hpp"
#include "pipeline/core/record.hpp"

namespace vbtrack::test {

inline Document document_from_text(std::string_view text, TextSource source = TextSource::text_layer) {
    Document doc;
    std::size_t pos = 0;
    while (pos <= text.size()) {
        std::size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos) nl = text.size();
        std::string line(text.substr(pos, nl - pos));
        if (!line.empty()) {
            Paragraph p;
            p.text = p.raw_text = line;
            p.source = source;
            if (source == TextSource::ocr) p.confidence = 90;
            doc.paragraphs.push_back(std::move(p));
        }
        pos = nl + 1;
    }
    return doc;
}

inline Record extract_record(const Document& doc) {
    Record record;
    record.text = doc.text();
    make_field_extractor()->extract(doc, record);
    return record;
}

inline Record extract_text(std::string_view text, TextSource source = TextSource::text_layer) {
    return extract_record(document_from_text(text, source));
}

}  // namespace vbtrack::test
