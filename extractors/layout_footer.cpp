#include "extractors/layout_footer.hpp"

#include <algorithm>

#include "extractors/fuzzy.hpp"
#include "extractors/layout_lines.hpp"
#include "extractors/layout_phrases.hpp"
#include "extractors/vietnamese.hpp"
#include "normalizers/edit_distance.hpp"

namespace vbtrack {

using namespace layout_lines;

namespace {

bool ends_item(std::string_view line) {
    line = trim(line);
    return !line.empty() && (line.back() == ',' || line.back() == ';');
}

// Dashes, plus, bullets, and what OCR reads a dash as ('~', '=', '¬').
bool is_item_mark(char32_t c) {
    return c == U'-' || c == U'–' || c == U'—' || c == U'+' || c == U'•' || c == U'*' || c == U'~' || c == U'=' ||
           c == U'¬';
}

// Specks OCR leaves in front of a list item's dash ("; = Ban ...", "_.~ Lưu ...").
constexpr std::string_view kSpecksBeforeItem = " _;:.'`|\"";

bool starts_with_letter(std::string_view line) {
    line = trim(line);
    std::size_t pos = 0;
    return !line.empty() && is_letter(utf8::next(line, pos));
}

// OCR reads a list's dash as a curly quote too ("“ Bộ trưởng (để b/c)"): a quote
// with a space after it, where a real one clings to the word it opens.
bool is_quote_for_dash(std::string_view rest_from_quote) {
    for (std::string_view quote : {"\u201C", "\u201D", "\u201E"})
        if (rest_from_quote.starts_with(quote)) return rest_from_quote.substr(quote.size()).starts_with(' ');
    return false;
}

bool is_item(std::string_view line) {
    line = trim(line);
    line.remove_prefix(std::min(line.size(), line.find_first_not_of(kSpecksBeforeItem)));
    if (line.empty()) return false;
    std::size_t pos = 0;
    return is_item_mark(utf8::next(line, pos)) || is_quote_for_dash(line);
}

// "nh", "mũ..", "tuế", "SA": one short word, not closed like an item, between the
// items of a list: what OCR made of a speck or of the signature's stamp. A wrapped
// item's last word ends with the item's ',' or ';'.
bool is_stray_syllable(std::string_view line) {
    if (ends_item(line) || is_item(line)) return false;
    line = without_stray_marks(line);  // "` vẽ"
    if (line.find(' ') != std::string_view::npos) return false;
    int letters = 0;
    for (std::size_t pos = 0; pos < line.size();)
        if (is_letter(utf8::next(line, pos))) ++letters;
    return letters <= 3;
}

// Read row by row, a scan of the two-column footer puts the signature block's
// lines between the recipients: a line in capitals with an item after it.
bool item_follows(const DocumentText& text, std::size_t from) {
    for (std::size_t i = from; i < std::min(text.line_count(), from + 3); ++i)
        if (is_item(text.line_text(i))) return true;
    return false;
}

// An item that ends with its comma or semicolon is complete: the next line is not a wrap of it.
bool item_closed(const DocumentText& text, TextSpan item) { return ends_item(text.slice(item)); }

bool is_archive_item(std::string_view item) { return starts_with_folded(item.substr(item_text_start(item)), "luu"); }

// The first two words of a line, folded, letters only ("_ vạt nhận: -" -> "vat",
// "nhan"), whether a ':' follows them, and whether a lower-case word does (a
// sentence goes on; a heading has at most the signature block's capitals after it).
struct LeadingWords {
    std::string first, second;
    bool colon = false;
    bool lower_after = false;
};

LeadingWords leading_words(std::string_view line) {
    LeadingWords out;
    std::size_t pos = 0;
    int word = 0;
    std::string current;
    bool in_word = false;
    while (pos < line.size()) {
        std::size_t at = pos;
        char32_t c = utf8::next(line, pos);
        if (is_letter(c)) {
            if (!in_word) ++word;
            in_word = true;
            if (word > 2) {
                out.lower_after = out.lower_after || is_lower(c);
            } else {
                current.append(line.substr(at, pos - at));
            }
            continue;
        }
        if (in_word && word <= 2) (word == 1 ? out.first : out.second) = folded(current);
        if (in_word) current.clear();
        in_word = false;
        if (word == 2 && c == U':' && !out.lower_after) out.colon = true;
    }
    if (in_word && word <= 2) (word == 1 ? out.first : out.second) = folded(current);
    return out;
}

// Item lines within the next lines of a list that starts after `heading`: dash-led
// items, with the signature column's capitals and OCR specks between them.
std::size_t items_below(const DocumentText& text, std::size_t heading, bool& archive_item) {
    std::size_t items = 0;
    archive_item = false;
    for (std::size_t i = heading + 1; i < std::min(text.line_count(), heading + 14); ++i) {
        std::string_view line = text.line_text(i);
        if (!is_item(line)) continue;
        ++items;
        archive_item = archive_item || is_archive_item(line);
    }
    return items;
}

// OCR may misread the heading beyond what the fuzzy match allows ("vạt nhận:",
// "Nơ nhậu:"): then it is recognised by what makes it a heading rather than a
// sentence — "nhận" nearly right (the distinctive word), a short first word, a
// colon after it or an item right below, and a list of dash-led items under it
// that ends with the archive copy ("Lưu: VT") or sits in the last part of the
// document. A body line "Nội dung:" with a list under it differs in its second
// word; a sentence does not put a list of items under its first two words.
bool is_misread_recipients_heading(const DocumentText& text, std::size_t i) {
    LeadingWords w = leading_words(trim(text.line_text(i)));
    if (w.first.empty() || w.first.size() > 4 || w.lower_after || edit_distance(w.second, "nhan") > 1) return false;
    if (edit_distance(w.first + " " + w.second, kRecipients.folded) > 4) return false;
    if (!w.colon && !item_follows(text, i + 1)) return false;
    bool archive = false;
    std::size_t items = items_below(text, i, archive);
    bool in_footer = i * 3 >= text.line_count() * 2;
    return items >= 2 && (archive || in_footer);
}

// OCR may glue the heading to the last line of the body ("... thực hiện./. Nơi nhận:"):
// it ends that line, after the body's closing full stop. Returns where it starts.
std::optional<std::size_t> glued_heading(std::string_view line) {
    line = line.substr(0, line.find_last_not_of(" -_") + 1);  // "Nơi nhận: - _": specks after it
    if (!line.ends_with(':')) return std::nullopt;
    const std::size_t tail = utf8::boundary_at_or_before(line, line.size() > 16 ? line.size() - 16 : 0);
    FoldedText f = fold(line.substr(tail));
    auto match = find_fuzzy(f.folded, "noi nhan", kRecipients.max_errors);
    if (!match || match->begin == 0) return std::nullopt;
    std::string_view before = trim(line.substr(0, tail + f.origin[match->begin]));
    if (!before.ends_with('.')) return std::nullopt;
    return tail + f.origin[match->begin];
}

std::optional<std::size_t> find_recipients_heading(const DocumentText& text, std::size_t from, std::size_t& offset) {
    offset = 0;
    for (std::size_t i = text.line_count(); i-- > from;) {
        std::string_view line = trim(text.line_text(i));
        std::string head = folded(line.substr(0, std::min<std::size_t>(line.size(), 16)));
        auto match = find_fuzzy(head, kRecipients.folded, kRecipients.max_errors);
        if (!match || match->begin > 1) continue;
        // "Thời hạn thanh tra: 30 ngày …" is two errors from "Nơi nhận" and a body's label.
        const LeadingWords words = leading_words(line);
        if (!(words.first == "thoi" && words.second == "han")) return i;
    }
    for (std::size_t i = text.line_count(); i-- > from;) {
        std::string_view raw = text.line_text(i);
        if (auto at = glued_heading(raw)) {
            offset = *at;
            return i;
        }
    }
    for (std::size_t i = text.line_count(); i-- > from;)
        if (is_misread_recipients_heading(text, i)) return i;
    return std::nullopt;
}

}  // namespace

std::size_t item_text_start(std::string_view item) {
    std::size_t start = 0;
    for (std::size_t next = 0; next < item.size(); start = next) {
        const bool quote = is_quote_for_dash(item.substr(next));
        const char32_t c = utf8::next(item, next);
        const bool speck = c < 0x80 && kSpecksBeforeItem.find(static_cast<char>(c)) != std::string_view::npos;
        if (!is_item_mark(c) && !speck && !quote) break;
    }
    return start;
}

void layout_lines::find_footer(const DocumentText& text, Layout& out) {
    const std::size_t n = text.line_count();
    out.body_end = n;
    std::size_t signature_from = n;
    std::size_t glued_at = 0;
    if (auto heading = find_recipients_heading(text, out.body_begin, glued_at)) {
        // A heading glued to the body's last line leaves that line in the body.
        out.body_end = glued_at > 0 ? *heading + 1 : *heading;
        const TextSpan span{text.lines()[*heading].span.begin + glued_at, text.lines()[*heading].span.end};
        std::string_view line = text.line_text(*heading).substr(glued_at);
        std::size_t colon = line.find(':');
        std::size_t heading_end = colon == std::string_view::npos ? std::min<std::size_t>(line.size(), 10) : colon + 1;
        out.recipients_heading = TextSpan{span.begin, span.begin + heading_end};
        // OCR may put the first line of the signature block on the heading line.
        std::string_view rest = trim(line.substr(heading_end));
        if (!rest.empty()) {
            TextSpan rest_span{span.begin + static_cast<std::size_t>(rest.data() - line.data()), 0};
            rest_span.end = rest_span.begin + rest.size();
            if (is_item(rest)) {
                if (!is_speck_line(rest)) out.recipient_items.push_back(rest_span);  // "Nơi nhận: -": a speck
            } else {
                out.signature_lines.push_back(rest_span);
            }
        }
        std::size_t i = *heading + 1;
        for (; i < n; ++i) {
            std::string_view item = text.line_text(i);
            if (is_speck_line(item) || is_stray_syllable(item)) continue;
            if (is_item(item)) {
                if (is_archive_item(item)) {
                    ++i;
                    break;
                }
                out.recipient_items.push_back(text.lines()[i].span);
            } else if (!out.recipient_items.empty() && (!is_all_caps(item) || ends_item(item)) &&
                       !(item_closed(text, out.recipient_items.back()) && !starts_lower(trim(item)) &&
                         !(ends_item(item) && starts_with_letter(item)) && item_follows(text, i + 1))) {
                // A wrapped item; the signature block that ends the list starts in capitals
                // and ends no line with an item's comma or semicolon ("ỦY," is a wrapped "Tỉnh ủy,",
                // "Châu Thành;" the last place of "UBND các huyện: A, B," wrapped).
                out.recipient_items.back().end = text.lines()[i].span.end;
            } else if ((is_all_caps(item) || !out.recipient_items.empty()) && item_follows(text, i + 1)) {
                // The signature column read between the rows: its capitals, or, after an item
                // closed by its comma or semicolon, the signer's name (a capital; a wrap in
                // lower case goes on the item: "thành ủy," + "đảng ủy trực thuộc ...").
                out.signature_lines.push_back(text.lines()[i].span);
            } else {
                break;
            }
        }
        signature_from = i;
    } else {
        // No recipients: the signature block is the short lines after the last sentence.
        std::size_t i = n;
        while (i > out.body_begin && n - i < 4) {
            std::string_view line = trim(text.line_text(i - 1));
            if (line.size() > 80 || ends_clause(line) || line.ends_with("./.")) break;
            --i;
        }
        signature_from = i;
        out.body_end = i;
    }
    for (std::size_t i = signature_from; i < n; ++i) {
        std::string_view line = trim(text.line_text(i));
        if (line.empty() || line.front() == '(' || line.front() == '[') continue;  // "(Đã ký)", "[daky]"
        out.signature_lines.push_back(text.lines()[i].span);
    }
}

}  // namespace vbtrack
