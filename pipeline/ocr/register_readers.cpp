#include "pipeline/ocr/register_readers.hpp"

#include "pipeline/ocr/doc_reader.hpp"
#include "pipeline/ocr/image_reader.hpp"

namespace vbtrack {

void register_ocr_readers(ReaderRegistry& registry) {
    registry.add(Format::image, std::make_unique<ocr::ImageReader>());
    registry.add(Format::doc, std::make_unique<ocr::DocReader>());
}

}  // namespace vbtrack
