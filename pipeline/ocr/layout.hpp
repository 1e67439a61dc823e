// Reading order for an OCR'd page. Official documents open and close with
// borderless two-column blocks (issuer | motto, number | place and date;
// recipients | signer). Tesseract reads such rows straight across; a reader —
// and the gold text, and the docx reader — takes the left column, then the right.
#pragma once

#include <vector>

#include "pipeline/core/document.hpp"
#include "pipeline/ocr/engine.hpp"

namespace vbtrack::ocr {

// A line's words split at gaps wider than `gap_limit` pixels: the cells of a
// two-column row (a column gutter is wider than two line heights).
std::vector<std::vector<OcrWord>> split_at_gaps(const std::vector<OcrWord>& words, int gap_limit);

// The page's paragraphs in reading order, each with its words, box and mean
// word confidence; `page_width` in the same pixels as the line boxes.
std::vector<Paragraph> lay_out(const std::vector<OcrLine>& lines, int page_width, int page_number);

}  // namespace vbtrack::ocr
