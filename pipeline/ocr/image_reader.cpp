#include "pipeline/ocr/image_reader.hpp"

#include "pipeline/ocr/page_image.hpp"

namespace vbtrack::ocr {

Document ImageReader::read(const std::filesystem::path& path, const SourceInfo& source) const {
    Document doc;
    doc.source = source;
    const int pages = count_image_pages(path);
    for (int number = 1; number <= pages; ++number) {
        Page page;
        page.number = number;
        page.source = TextSource::ocr;
        page.needs_ocr = true;
        page.ocr_decision = "image: no text layer";
        doc.pages.push_back(page);
    }
    return doc;
}

}  // namespace vbtrack::ocr
