#include "pipeline/ingest/docx_reader.hpp"
#include "pipeline/ingest/pdf_reader.hpp"
#include "pipeline/ingest/reader.hpp"
#include "pipeline/ingest/text_reader.hpp"

namespace vbtrack {

void ReaderRegistry::add(Format format, std::unique_ptr<Reader> reader) { readers_[format] = std::move(reader); }

const Reader* ReaderRegistry::find(Format format) const {
    auto it = readers_.find(format);
    return it == readers_.end() ? nullptr : it->second.get();
}

ReaderRegistry ReaderRegistry::with_builtin_readers() {
    ReaderRegistry registry;
    registry.add(Format::docx, std::make_unique<DocxReader>());
    registry.add(Format::pdf, std::make_unique<PdfReader>());
    registry.add(Format::txt, std::make_unique<TextReader>());
    return registry;
}

}  // namespace vbtrack
