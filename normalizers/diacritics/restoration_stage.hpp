// Diacritic restoration and OCR correction as a normalize stage: runs after the
// Unicode/encoding normalizer on the text of every document whose source needs
// it — OCR'd pages, and text that lost its marks — and counts what it changed.
#pragma once

#include <filesystem>
#include <memory>

#include "normalizers/normalize.hpp"

namespace vbtrack::diacritics {

// nullptr when the model file does not exist (the pipeline then runs without
// restoration and says so once).
std::unique_ptr<TextNormalizer> make_restoration_stage(const std::filesystem::path& model_path);

}  // namespace vbtrack::diacritics
