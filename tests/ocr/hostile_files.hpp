// Files that make document libraries fail in the ways an archive does: made
// afresh by each test, so nothing hostile is kept in the repository.
#pragma once

#include <filesystem>

namespace vbtrack::test {

// "%PDF-" and then bytes that are no PDF objects, no xref, no trailer.
void write_corrupt_pdf(const std::filesystem::path& path);

// A two-page bilevel G4 TIFF cut off after 40 % of its bytes.
void write_truncated_tiff(const std::filesystem::path& path);

// A PNG whose header says 30 000 × 30 000 pixels, with a valid CRC.
void write_huge_png(const std::filesystem::path& path);

// A valid one-page PDF (20 KB) whose page strokes 200 000 thick diagonal lines:
// Poppler needs many minutes to render it at 300 dpi.
void write_slow_pdf(const std::filesystem::path& path);

// A small multi-page TIFF of blank 300 dpi pages, each with one black bar.
void write_blank_tiff(const std::filesystem::path& path, int pages);

}  // namespace vbtrack::test
