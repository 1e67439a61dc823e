// The image of one page of a scanned source, as the ocr stage reads it:
// PDF pages rendered with Poppler, image pages decoded by Leptonica.
#pragma once

#include <cstdint>
#include <filesystem>

#include "pipeline/core/document.hpp"
#include "pipeline/ocr/pix.hpp"

namespace vbtrack::ocr {

// Renders PDF pages at this resolution; image pages keep their own.
inline constexpr int kRenderDpi = 300;

// Pages larger than this (in pixels) are refused before they are decoded:
// a 30 000 × 30 000 image would need 900 MB as 8-bit gray.
inline constexpr std::int64_t kMaxPagePixels = 12'000LL * 12'000LL;

struct PageImage {
    Pix pix;      // 8-bit gray or 1-bit
    int dpi = 0;  // 0 when the file does not say
};

// Page `number` (1-based) of a PDF or image file. Throws InputError when the
// file cannot be decoded or the page is too large.
PageImage load_page_image(const std::filesystem::path& path, Format format, int number);

// How many pages an image file holds (multi-page TIFF), checking each page's
// header. Throws InputError when the file is not a readable image.
int count_image_pages(const std::filesystem::path& path);

}  // namespace vbtrack::ocr
