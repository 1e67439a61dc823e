#include "pipeline/ingest/pdf_reader.hpp"

#include <memory>

#include <poppler-document.h>
#include <poppler-page.h>

#include "normalizers/text_layer_quality.hpp"
#include "pipeline/core/errors.hpp"
#include "pipeline/layout/page_layout.hpp"

namespace vbtrack {
namespace {

std::string utf8(const poppler::ustring& s) {
    auto bytes = s.to_utf8();
    return std::string(bytes.begin(), bytes.end());
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
        // A layer an English OCR made of a Vietnamese scan is kept for --ocr never, but
        // the page is sent to OCR (whose paragraphs then replace these).
        auto paragraphs = lay_out_page(std::move(words), info.number, TextSource::text_layer);
        std::string page_text;
        for (const auto& p : paragraphs) page_text += p.text + '\n';
        const TextLayerVerdict verdict = judge_text_layer(page_text);
        info.needs_ocr = !verdict.usable;
        info.ocr_decision = verdict.reason;
        document.paragraphs.insert(document.paragraphs.end(), std::make_move_iterator(paragraphs.begin()),
                                   std::make_move_iterator(paragraphs.end()));
        document.pages.push_back(info);
    }
    return document;
}

}  // namespace vbtrack
