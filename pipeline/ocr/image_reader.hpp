// Reader for scanned images (PNG, JPEG, TIFF with any number of pages, BMP,
// GIF): one page per image, each without a text layer, for the ocr stage.
#pragma once

#include "pipeline/ingest/reader.hpp"

namespace vbtrack::ocr {

class ImageReader final : public Reader {
public:
    Document read(const std::filesystem::path& path, const SourceInfo& source) const override;
};

}  // namespace vbtrack::ocr
