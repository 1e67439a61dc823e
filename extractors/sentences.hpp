// Sentences and clauses of a document's text, as spans into DocumentText::text().
// A line ends a sentence unless the next line goes on in lower case (an OCR'd
// or hard-wrapped paragraph); inside a line, '.', '!' or '?' followed by an
// upper-case word ends one (not after upper-case abbreviations such as "TM.").
#pragma once

#include <vector>

#include "extractors/text_view.hpp"

namespace vbtrack {

std::vector<TextSpan> split_sentences(const DocumentText& text);
std::vector<TextSpan> split_sentences(const DocumentText& text, TextSpan within);
// The parts of a sentence between semicolons, trimmed.
std::vector<TextSpan> split_clauses(const DocumentText& text, TextSpan sentence);

}  // namespace vbtrack
