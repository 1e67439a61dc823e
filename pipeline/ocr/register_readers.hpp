// The readers this folder contributes to the ingest registry: scanned images
// (Format::image) and legacy Word (Format::doc).
#pragma once

#include "pipeline/ingest/reader.hpp"

namespace vbtrack {

void register_ocr_readers(ReaderRegistry& registry);

}  // namespace vbtrack
