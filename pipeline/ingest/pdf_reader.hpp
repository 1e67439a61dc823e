#pragma once

#include "pipeline/ingest/reader.hpp"

namespace vbtrack {

// PDF: the text layer of every page, in reading order (pipeline/layout).
// Pages with no usable text layer (none, or not Vietnamese as printed: see
// normalizers/text_layer_quality) are marked needs_ocr for the ocr stage.
class PdfReader final : public Reader {
public:
    Document read(const std::filesystem::path& path, const SourceInfo& source) const override;
};

}  // namespace vbtrack
