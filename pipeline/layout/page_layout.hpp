// Reading order for a page known only as positioned words (a PDF text layer,
// or OCR output): words → lines → the two-column zones of official documents
// (issuer | motto at the top, recipients | signer at the bottom) read left
// column first, then right → paragraphs. The docx reader gets the same order
// from the tables; this is its counterpart for pages without structure.
#pragma once

#include <string>
#include <vector>

#include "pipeline/core/document.hpp"

namespace vbtrack {

struct PositionedWord {
    std::string text;                // UTF-8
    double left, top, right, bottom; // page units, origin top-left
    bool bold = false;
    double confidence = -1;          // OCR word confidence 0..100, -1 for a text layer
};

// Paragraphs of one page in reading order. Two-column zones get `cell`
// (table = zone index on the page, column 0 or 1) like docx tables do.
std::vector<Paragraph> lay_out_page(std::vector<PositionedWord> words, int page_number, TextSource source);

}  // namespace vbtrack
