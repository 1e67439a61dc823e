// The zones of an official document (NĐ 30/2020/NĐ-CP Phụ lục I; HD 36-HD/VPTW):
//   header     issuer lines (left), motto (right), number line, place/date line
//   type name  "KẾ HOẠCH", then the trích yếu (title); a công văn has "V/v ..." instead
//   body       up to "Nơi nhận:"
//   footer     recipients (left), signature block (right): authority, position, name
// Found from line patterns, which is all that plain text and OCR give; in docx
// the header and footer are two-column tables, read here in column order.
// OCR may put both columns on one line ("UBND TỈNH SƠN LA CỘNG HÒA XÃ HỘI ...",
// "Nơi nhận: KT. CHÁNH VĂN PHÒNG"), so the header parts are spans, not lines.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "extractors/finding.hpp"
#include "extractors/text_view.hpp"

namespace vbtrack {

struct Layout {
    // header
    std::vector<TextSpan> issuer_lines;  // as printed, without the Party '*'
    std::string regime;                  // "state" | "party" | "" (no motto found)
    std::optional<TextSpan> motto;
    std::optional<Finding<std::string>> number;    // the number symbol, without "Số"
    std::optional<TextSpan> place_date;            // "Sơn La, ngày 04 tháng 01 năm 2023" (or its date part)
    std::optional<std::size_t> type_line;          // "KẾ HOẠCH"
    std::vector<std::size_t> title_lines;          // the trích yếu ("V/v ..." for a công văn)
    std::optional<std::size_t> competence_line;    // "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ..." in a decision
    // body: lines [body_begin, body_end)
    std::size_t body_begin = 0, body_end = 0;
    // footer
    std::optional<TextSpan> recipients_heading;    // "Nơi nhận:"
    std::vector<TextSpan> recipient_items;         // each "- ..." item, dash included
    std::vector<TextSpan> signature_lines;         // authority, position (capitals), name
};

Layout find_layout(const DocumentText& text);

// A header line without what OCR leaves around it: stray marks and words with
// no letter ("_ CHÁNH THANH TRA HUYỆN X _." -> "CHÁNH THANH TRA HUYỆN X").
std::string_view without_specks(std::string_view line);

// Where a list item's text starts: after its dash (or what OCR read it as:
// '~', '=', '¬') and the specks around it ("; = Ban Bí thư ..." -> "Ban Bí thư ...").
std::size_t item_text_start(std::string_view item);

}  // namespace vbtrack
