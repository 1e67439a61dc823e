// The learned OCR confusion table (data/ocr_confusions.tsv, made by
// tools/ocr_confusions/make_confusions.py), compiled into the library.
#pragma once

#include <string_view>

namespace vbtrack::diacritics {

std::string_view learned_confusion_table();

}  // namespace vbtrack::diacritics
