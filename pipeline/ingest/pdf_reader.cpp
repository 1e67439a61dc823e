#include "pipeline/ingest/pdf_reader.hpp"

#include <memory>

#include <poppler-document.h>
#include <poppler-page.h>

#include "pipeline/core/errors.hpp"
#include "pipeline/layout/page_layout.hpp"

namespace vbtrack {
namespace {

std::string utf8(const poppler::ustring& s) {
    auto bytes = s.to_utf8();
    return std::string(bytes.begin(), bytes.end());
}

// A page whose text layer has fewer letters than this is a scan (or blank).
constexpr std::size_t kMinTextLayerChars = 20;

std::size_t visible_chars(const std::vector<PositionedWord>& words) {
    std::size_t n = 0;
    for (const auto& w : words) n += w.text.size();
    return n;
}

}  // namespace

Document PdfReader::read(const std::filesystem::path& path, const SourceInfo& source) const {
    std::unique_ptr<poppler::document> pdf(poppler::document::load_from_file(path.string()));
    if (!pdf) throw InputError("the PDF cannot be opened: it is damaged or not a PDF; try opening it in a PDF viewer");
    if (pdf->is_locked())
        throw InputError("the PDF is encrypted with a password; save an unprotected copy and ingest that");

    Document document;
    document.source = source;
    for (int index = 0; index < pdf->pages(); ++index) {
        std::unique_ptr<poppler::page> page(pdf->create_page(index));
        Page info;
        info.number = index + 1;
        if (!page) {
            info.needs_ocr = true;
            info.ocr_decision = "page object unreadable: OCR";
            document.pages.push_back(info);
            continue;
        }
        std::vector<PositionedWord> words;
        for (auto& box : page->text_list(poppler::page::text_list_include_font)) {
            auto r = box.bbox();
            std::string font = box.has_font_info() ? box.get_font_name() : "";
            words.push_back({utf8(box.text()), r.left(), r.top(), r.right(), r.bottom(),
                             font.find("Bold") != std::string::npos, -1});
        }
        if (visible_chars(words) < kMinTextLayerChars) {
            info.needs_ocr = true;
            info.ocr_decision = "no text layer: OCR";
        } else {
            info.ocr_decision = "text layer";
            auto paragraphs = lay_out_page(std::move(words), info.number, TextSource::text_layer);
            document.paragraphs.insert(document.paragraphs.end(), std::make_move_iterator(paragraphs.begin()),
                                       std::make_move_iterator(paragraphs.end()));
        }
        document.pages.push_back(info);
    }
    return document;
}

}  // namespace vbtrack
