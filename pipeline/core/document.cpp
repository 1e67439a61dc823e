#include "pipeline/core/document.hpp"

namespace vbtrack {

std::string to_string(Format f) {
    switch (f) {
        case Format::docx: return "docx";
        case Format::doc: return "doc";
        case Format::pdf: return "pdf";
        case Format::image: return "image";
        case Format::txt: return "txt";
        case Format::unknown: break;
    }
    return "unknown";
}

std::string to_string(TextSource s) {
    switch (s) {
        case TextSource::text_layer: return "text-layer";
        case TextSource::ocr: return "ocr";
        case TextSource::mixed: return "mixed";
    }
    return "text-layer";
}

std::string Document::text() const {
    std::string out;
    for (const auto& p : paragraphs) {
        if (p.text.empty()) continue;
        if (!out.empty()) out += '\n';
        out += p.text;
    }
    return out;
}

TextSource Document::text_source() const {
    bool any_ocr = false, any_layer = false;
    for (const auto& p : pages) (p.source == TextSource::ocr ? any_ocr : any_layer) = true;
    if (any_ocr && any_layer) return TextSource::mixed;
    return any_ocr ? TextSource::ocr : TextSource::text_layer;
}

}  // namespace vbtrack
