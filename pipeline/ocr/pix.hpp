// Owning handle for a Leptonica PIX: every image in the ocr stage lives in one,
// so no error path leaks a page-sized buffer.
#pragma once

#include <memory>

#include <leptonica/allheaders.h>

namespace vbtrack::ocr {

struct PixDeleter {
    void operator()(PIX* pix) const { pixDestroy(&pix); }
};
using Pix = std::unique_ptr<PIX, PixDeleter>;

}  // namespace vbtrack::ocr
