// The Document that flows through the pipeline: ingest fills its pages and
// paragraphs, ocr adds recognized paragraphs, normalize rewrites paragraph
// text, extract reads it. No stage reaches back to an earlier one.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace vbtrack {

enum class Format { docx, doc, pdf, image, txt, unknown };
enum class TextSource { text_layer, ocr, mixed };
enum class Align { left, center, right, justify };

std::string to_string(Format);
std::string to_string(TextSource);

// A run of characters with one set of properties, as the source stored it.
// The font name matters: a run in ".VnTime" or "VNI-Times" is legacy-encoded.
struct TextRun {
    std::string text;  // UTF-8 as read (legacy-encoded bytes decoded as Latin-1/CP1252)
    std::string font;
    bool bold = false;
    bool italic = false;
};

// Where a paragraph sits in a table: official documents put the header and
// the signature block in borderless two-column tables.
struct CellPosition {
    int table = 0;
    int row = 0;
    int column = 0;
};

// A rectangle in page pixels (OCR) or points (PDF), origin top-left.
struct Box {
    int left = 0, top = 0, right = 0, bottom = 0;
};

// One word as the OCR engine read it: the evidence behind an extracted field.
struct OcrWord {
    std::string text;
    Box box;
    double confidence = 0;  // 0..100
};

struct Paragraph {
    std::vector<TextRun> runs;  // as ingested; empty for OCR paragraphs
    std::string raw_text;       // text before repair (runs joined, or OCR output)
    std::string text;           // current text: raw_text until normalize rewrites it
    int page = 1;               // 1-based
    Align align = Align::left;
    bool bold = false;          // every non-blank run is bold
    bool italic = false;        // every non-blank run is italic
    std::optional<CellPosition> cell;
    std::optional<Box> box;
    TextSource source = TextSource::text_layer;
    double confidence = -1;     // mean OCR word confidence 0..100; -1 when not OCR
    std::vector<OcrWord> words; // OCR only: raw_text is these words joined by single spaces
};

// Why a page was or was not sent to OCR; kept for the record and the reviewer.
struct Page {
    int number = 1;
    TextSource source = TextSource::text_layer;
    bool needs_ocr = false;        // no usable text layer: the ocr stage must read the image
    std::string ocr_decision;      // e.g. "text layer: 0.91 valid syllables"
    double ocr_confidence = -1;    // mean word confidence when OCR'd
};

struct SourceInfo {
    std::string path;
    std::string sha256;
    std::uintmax_t size = 0;
    Format format = Format::unknown;
};

struct TextQuality {
    double ocr_confidence = -1;
    int repaired_syllables = 0;
    int unknown_syllables = 0;
    std::string encoding;  // legacy encoding found and decoded ("tcvn3", "vni", ...), empty if none
};

struct Document {
    SourceInfo source;
    std::vector<Page> pages;
    std::vector<Paragraph> paragraphs;
    TextQuality quality;

    // One paragraph per line, in reading order: the record's `text`.
    std::string text() const;
    TextSource text_source() const;
};

}  // namespace vbtrack
