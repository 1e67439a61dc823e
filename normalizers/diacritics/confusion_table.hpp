// The learned OCR confusion tables, compiled into the library: Tesseract's
// English model's (data/ocr_confusions.tsv, tools/ocr_confusions/make_confusions.py)
// and its Vietnamese model's tone marks (data/vie_tone_confusions.tsv,
// tools/ocr_confusions/make_tone_confusions.py).
#pragma once

#include <string_view>

namespace vbtrack::diacritics {

std::string_view learned_confusion_table();
std::string_view learned_tone_confusion_table();

}  // namespace vbtrack::diacritics
