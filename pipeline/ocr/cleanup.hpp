// Page clean-up before OCR, with Leptonica: resolution, uneven light,
// binarization, orientation, skew and speckle. Tesseract's own thresholding is
// a global Otsu that loses the faded half of an unevenly lit scan, and its
// LSTM model was trained on text at about 300 dpi.
#pragma once

#include <string>

#include "pipeline/ocr/page_image.hpp"

namespace vbtrack::ocr {

struct CleanPage {
    Pix pix;           // 8-bit gray, evenly lit, upright, deskewed, at `dpi`
    int dpi = 0;
    std::string notes; // what was done, for Page::ocr_decision ("200→300 dpi, deskewed -1.8°")
};

CleanPage clean_page(PageImage page);

}  // namespace vbtrack::ocr
