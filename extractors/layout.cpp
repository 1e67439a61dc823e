#include "extractors/layout.hpp"

#include <algorithm>
#include <cctype>

#include "extractors/dates.hpp"
#include "extractors/fuzzy.hpp"
#include "extractors/layout_footer.hpp"
#include "extractors/layout_lines.hpp"
#include "extractors/layout_phrases.hpp"
#include "extractors/number_symbol.hpp"
#include "extractors/type_table.hpp"
#include "extractors/vietnamese.hpp"
#include "normalizers/edit_distance.hpp"

namespace vbtrack {

using namespace layout_lines;

namespace {

// The header never runs longer than this many lines, even when OCR splits it.
constexpr std::size_t kHeaderLines = 16;

std::optional<TextSpan> find_phrase(const DocumentText& text, std::size_t line, const Phrase& phrase) {
    const TextSpan span = text.lines()[line].span;
    FoldedText f = fold(text.line_text(line), span.begin);
    auto match = find_fuzzy(f.folded, phrase.folded, phrase.max_errors);
    if (!match) return std::nullopt;
    return f.to_source(match->begin, match->end);
}

bool is_star_line(std::string_view line) { return trim(line) == "*"; }

// A header line without the words of OCR specks at its ends ("HUYỆN ỦY X -",
// "ỦY BAN KIỂM TRA ˆ"): a word with no letter or digit names nothing.
std::string_view without_speck_words(std::string_view line) {
    // (Letters of words have a case; OCR's modifier marks, "ˆ", have none.)
    auto is_speck_word = [](std::string_view word) {
        for (std::size_t pos = 0; pos < word.size();) {
            const char32_t c = utf8::next(word, pos);
            if (is_upper(c) || is_lower(c) || (c < 0x80 && std::isdigit(static_cast<int>(c)))) return false;
        }
        return true;
    };
    line = trim(line);
    while (!line.empty()) {
        const std::size_t space = line.rfind(' ');
        if (space == std::string_view::npos || !is_speck_word(line.substr(space + 1))) break;
        line = trim(line.substr(0, space));
    }
    while (!line.empty()) {
        const std::size_t space = line.find(' ');
        if (space == std::string_view::npos || !is_speck_word(line.substr(0, space))) break;
        line = trim(line.substr(space + 1));
    }
    return line;
}

}  // namespace

std::string_view without_specks(std::string_view line) { return without_stray_marks(without_speck_words(without_stray_marks(line))); }

namespace {

bool is_vv_line(std::string_view line) {
    std::string f = folded(trim(line).substr(0, 4));
    return f.rfind("v/v", 0) == 0 || f.rfind("v/v.", 0) == 0;
}

// A line without its specks and the dashes before it: a speck of the rule above
// a type name ("- BÁO CÁO"), of a line break in a V/v read row by row.
std::string_view without_leading_dashes(std::string_view line) {
    line = without_stray_marks(line);
    while (line.starts_with('-')) line = without_stray_marks(line.substr(1));
    return line;
}

// A type name line without the specks around it. Nor does a type name end with
// a dash ("QUY CHẾ -").
std::string_view type_name_text(std::string_view line) {
    line = without_leading_dashes(line);
    while (line.ends_with('-')) line = without_stray_marks(line.substr(0, line.size() - 1));
    return line;
}

// The header's number line: the first that opens with "Số" (a body's "Thực hiện
// Quyết định số ..." cites another document); nullopt when there is none.
std::optional<std::size_t> header_number_line(const DocumentText& text) {
    for (std::size_t i = 0; i < std::min(text.line_count(), kHeaderLines + 4); ++i) {
        const std::string_view line = without_leading_dashes(text.line_text(i));
        if (starts_with_folded(line, "so") && find_number_line(line)) return i;
    }
    return std::nullopt;
}

// The type name is printed under the header, after the number line (Nghị định
// 30/2020, Hướng dẫn 36): a type name's words before the number line are the
// issuer's name wrapped in its cell ("PHÒNG TÀI CHÍNH -" / "KẾ HOẠCH").
std::optional<std::size_t> find_type_line(const DocumentText& text, std::optional<std::size_t> number_line) {
    const std::size_t end = std::min(text.line_count(), kHeaderLines + 4);
    for (std::size_t i = number_line ? *number_line + 1 : 0; i < end; ++i) {
        std::string_view line = type_name_text(text.line_text(i));
        const auto& layout = text.lines()[i].layout;
        if (!doc_type_for_name(line)) continue;
        if (is_all_caps(line) || (layout.bold && layout.align == Align::center)) return i;
    }
    return std::nullopt;
}

std::optional<std::size_t> find_vv_line(const DocumentText& text) {
    for (std::size_t i = 0; i < std::min(text.line_count(), kHeaderLines + 4); ++i)
        if (is_vv_line(text.line_text(i))) return i;
    return std::nullopt;
}

// Header parts of one line; what is left of the line before them is issuer text.
// Above the number line a type name's words are the issuer's, wrapped.
void read_header_line(const DocumentText& text, std::size_t i, bool above_number_line, Layout& out) {
    const TextSpan line = text.lines()[i].span;
    std::string_view line_text = text.line_text(i);
    std::vector<TextSpan> parts;
    if (out.regime.empty()) {
        if (auto m = find_phrase(text, i, kStateMotto)) {
            out.regime = "state";
            out.motto = m;
            parts.push_back(*m);
        } else if (auto p = find_phrase(text, i, kPartyMotto)) {
            out.regime = "party";
            out.motto = p;
            parts.push_back(*p);
        }
    }
    if (auto m = find_phrase(text, i, kIndependence)) parts.push_back(*m);
    bool number_here = false;
    if (!out.number) {
        if ((out.number = find_number_line(line_text, line.begin))) {
            parts.push_back(out.number->span);
            number_here = true;
        }
    }
    if (!out.place_date) {
        std::size_t from = 0;
        if (number_here) from = out.number->span.end - line.begin;
        if (auto date = find_date(line_text, from, line.begin)) {
            // The place is what precedes the date on its line, after any other header part.
            std::size_t place_begin = line.begin + from;
            for (const auto& p : parts)
                if (p.end <= date->span.begin) place_begin = std::max(place_begin, p.end);
            out.place_date = TextSpan{place_begin, date->span.end};
            parts.push_back(*out.place_date);
        }
    }
    // Issuer text: the part of the line before every other header part, in
    // capitals, up to and including the line of the number.
    if (out.number && !number_here) return;
    std::size_t end = line.end;
    for (const auto& p : parts) end = std::min(end, p.begin);
    std::string_view whole = text.slice({line.begin, end});
    std::string_view rest = without_speck_words(without_stray_marks(whole));
    if (rest.empty()) return;
    const std::size_t lead = static_cast<std::size_t>(rest.data() - whole.data());
    if (is_all_caps(rest) && (above_number_line || !doc_type_for_name(rest)))
        out.issuer_lines.push_back({line.begin + lead, line.begin + lead + rest.size()});
}

// "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ...": capitals right before the "Căn cứ" lines of a decision.
void find_competence(const DocumentText& text, std::size_t i, Layout& out) {
    if (i + 1 >= text.line_count()) return;
    std::string_view line = trim(text.line_text(i));
    if (!is_all_caps(line) || line.size() > 160 || doc_type_for_name(line)) return;
    // "Căn cứ ...", in a party document "- Căn cứ ..." (Hướng dẫn 36).
    if (!starts_with_folded(without_leading_dashes(text.line_text(i + 1)), "can cu")) return;
    out.competence_line = i;
}
// "Hà Giang, ngày 06 tháng 01 năm 2025" alone on its line: a short place without
// digits, then the date, which ends the line.
bool is_place_date_line(const DocumentText& text, std::size_t i) {
    std::string_view line = without_stray_marks(text.line_text(i));
    auto date = find_date(line);
    if (!date || date->span.begin > 48 || !is_speck_line(line.substr(date->span.end))) return false;
    std::string_view place = line.substr(0, date->span.begin);
    return std::none_of(place.begin(), place.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

bool is_right_column_line(const DocumentText& text, std::size_t i) {
    return find_phrase(text, i, kStateMotto) || find_phrase(text, i, kPartyMotto) ||
           find_phrase(text, i, kIndependence) || is_place_date_line(text, i);
}

// Read column by column, a công văn's "V/v" block ends where the right column
// starts: a line after the title that starts with a capital ("... chống bệnh" +
// "Dịch tả lợn châu Phi") is still the trích yếu when the motto or the date line
// comes right after it, before any "Kính gửi".
void extend_vv_title_to_right_column(const DocumentText& text, Layout& out) {
    if (out.title_lines.empty() || out.place_date) return;
    constexpr std::size_t kMaxMoreLines = 2;
    std::vector<std::size_t> more;
    for (std::size_t i = out.title_lines.back() + 1; i < text.line_count() && more.size() <= kMaxMoreLines; ++i) {
        if (is_speck_line(text.line_text(i))) continue;
        if (is_right_column_line(text, i)) {
            out.title_lines.insert(out.title_lines.end(), more.begin(), more.end());
            return;
        }
        std::string_view line = trim(text.line_text(i));
        if (line.size() > kMaxTitleLine || is_all_caps(line) || ends_clause(line) || starts_with_folded(line, "kinh gui") ||
            starts_with_folded(line, "can cu"))
            return;
        more.push_back(i);
    }
}

// Nghị định 30 puts a công văn's "V/v" in the left column, under the number; read
// column by column, the right column (motto, place and date) follows the title,
// whole, or (when the motto's first line shared a line with the issuer) its rest.
// Returns the line after the header parts read there.
// A text layer or OCR read column by column may also give the left column's
// "Kính gửi:" (the line under the header table, on the level of the motto block)
// before the right column: it is passed over here and opens the body.
std::size_t read_right_column_after_title(const DocumentText& text, std::size_t next, Layout& out) {
    std::size_t end = std::min(text.line_count(), next + 4);
    bool in_column = false, addressee_passed = false;
    for (std::size_t i = next; i < end && (out.regime.empty() || !out.place_date); ++i) {
        if (is_speck_line(text.line_text(i))) continue;
        if (!is_right_column_line(text, i)) {
            if (in_column) continue;  // a motto line garbled beyond recognition; the date may follow
            if (addressee_passed || !starts_with_folded(text.line_text(i), "kinh gui")) break;
            addressee_passed = true;
            end = std::min(text.line_count(), end + 1);
            continue;
        }
        read_header_line(text, i, false, out);
        in_column = true;
        next = i + 1;
    }
    return next;
}

// Read row by row, OCR may put the right column between the lines of the V/v
// ("V/v ... an toàn giao." / motto / date / "- thông sau Tết ..."): the lines
// right after the column that go on in lower case, before any "Kính gửi", are
// the rest of the trích yếu (its full stop and dash are specks of the break).
std::size_t take_vv_lines_after_right_column(const DocumentText& text, std::size_t column_from, std::size_t next,
                                             Layout& out) {
    if (out.title_lines.empty() || next == column_from) return next;
    for (std::size_t i = column_from; i < next; ++i)
        if (starts_with_folded(text.line_text(i), "kinh gui")) return next;
    constexpr std::size_t kMaxMoreLines = 3;
    for (std::size_t i = next; i < std::min(text.line_count(), next + kMaxMoreLines); ++i) {
        std::string_view previous = trim(text.line_text(out.title_lines.back()));
        std::string_view line = without_leading_dashes(text.line_text(i));
        if (previous.ends_with(':') || previous.ends_with(';') || line.size() > kMaxTitleLine || !starts_lower(line))
            break;
        out.title_lines.push_back(i);
        next = i + 1;
    }
    return next;
}

// The number's type code is the type line's (Nghị định 30, Phụ lục III): a code
// no type has, one letter off the type line's ("95/TIr-UBND" under "TỜ TRÌNH",
// "1486/QĐĐ-SLĐTBXH" under "QUYẾT ĐỊNH"), is what OCR made of it.
void read_type_code_from_type_line(const DocumentText& text, std::size_t type_line, Finding<std::string>& number) {
    const auto type = doc_type_for_name(type_name_text(text.line_text(type_line)));
    const SymbolParts parts = split_number_symbol(number.value);
    if (!type || type->code.empty() || parts.code_field.empty() || !parts.type_code.empty()) return;
    const std::string misread = folded(parts.code_field), code = folded(type->code);
    if (misread.size() < 2 || edit_distance(misread, code) > 1) return;
    const std::size_t at = number.value.find(parts.code_field, parts.number.size());
    if (at != std::string::npos) number.value.replace(at, parts.code_field.size(), type->code);
}

}  // namespace

Layout find_layout(const DocumentText& text) {
    Layout out;
    const auto number_line = header_number_line(text);
    const auto type_line = find_type_line(text, number_line);
    const auto vv_line = find_vv_line(text);
    std::size_t header_end = std::min(text.line_count(), kHeaderLines);
    if (type_line) header_end = *type_line;
    else if (vv_line) header_end = *vv_line;
    for (std::size_t i = 0; i < header_end; ++i) {
        if (is_star_line(text.line_text(i))) continue;
        read_header_line(text, i, number_line && i < *number_line, out);
    }
    // Without a type line the header ends at its last part.
    std::size_t after_header = header_end;
    if (!type_line && !vv_line) {
        after_header = 0;
        for (std::size_t i = 0; i < header_end; ++i) {
            const TextSpan line = text.lines()[i].span;
            auto inside = [&](const std::optional<TextSpan>& s) { return s && s->begin >= line.begin && s->begin <= line.end; };
            if (inside(out.place_date) || inside(out.motto) || (out.number && inside(out.number->span)))
                after_header = i + 1;
        }
    }
    out.type_line = type_line;
    if (type_line && out.number) read_type_code_from_type_line(text, *type_line, *out.number);
    std::size_t next = after_header;
    if (type_line) {
        find_title(text, *type_line + 1, out);
        next = out.title_lines.empty() ? *type_line + 1 : out.title_lines.back() + 1;
    } else if (vv_line) {
        find_title(text, *vv_line, out);
        extend_vv_title_to_right_column(text, out);
        next = out.title_lines.empty() ? *vv_line + 1 : out.title_lines.back() + 1;
        const std::size_t column_from = next;
        next = read_right_column_after_title(text, next, out);
        next = take_vv_lines_after_right_column(text, column_from, next, out);
    }
    find_competence(text, next, out);
    if (out.competence_line) ++next;
    out.body_begin = std::min(next, text.line_count());
    find_footer(text, out);
    return out;
}

}  // namespace vbtrack
