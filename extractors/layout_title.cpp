// The trích yếu: the lines after the type name (or from the V/v line) that it
// runs over, however the reader (docx, text PDF, OCR) broke it.
#include <algorithm>
#include <cctype>

#include "extractors/body_heads.hpp"
#include "extractors/layout_lines.hpp"
#include "extractors/vietnamese.hpp"

namespace vbtrack::layout_lines {

namespace {

// Words a trích yếu line cannot end on: its phrase goes on, even when the next
// line starts with a proper name ("... về tình hình thực hiện" + "Chương trình ...").
// One syllable must keep its marks ("tại", not "tài"); two are told apart without them.
constexpr std::string_view kOpenEnds[] = {"về", "của", "và", "cho", "với", "tại", "trên", "theo", "đến", "từ",
                                          "các", "những", "giữa", "tới", "thuc hien", "trien khai"};

bool ends_open(std::string_view line) {
    const std::string lower = to_lower(line);
    const std::string f = folded(line);
    for (std::string_view end : kOpenEnds) {
        const std::string& form = end.find(' ') == std::string_view::npos ? lower : f;
        if (form.size() > end.size() && form.ends_with(end) && form[form.size() - end.size() - 1] == ' ') return true;
    }
    return false;
}

// A line that ends with an administrative level ("... Đảng bộ xã", "... trên
// địa bàn tỉnh") names a place, and the place may open the next line: "Bắc Hà
// lần thứ I, ..." goes on it when its first two words are capitalized, as the
// syllables of a place name are (a sentence's second word is in lower case).
bool ends_with_level(std::string_view line) {
    const std::string lower = to_lower(line), f = folded(line);
    for (std::string_view level : {" xã", " huyện", " tỉnh", " phường", " quận"})
        if (lower.ends_with(level)) return true;
    for (std::string_view level : {" thanh pho", " thi xa", " thi tran"})
        if (f.ends_with(level)) return true;
    return false;
}

bool starts_with_place_name(std::string_view line) {
    const std::vector<std::string> words = split_words(line);
    if (words.size() < 2) return false;
    for (std::size_t k = 0; k < 2; ++k) {
        std::size_t pos = 0;
        if (!is_upper(utf8::next(words[k], pos)) || is_all_caps(words[k])) return false;
    }
    // A body is a sentence's subject, not a place ("Sở Tài chính báo cáo ...").
    const std::string lower = to_lower(line);
    for (const BodyHead& head : body_heads())
        if (lower.starts_with(head.name) && lower.size() > head.name.size() && lower[head.name.size()] == ' ')
            return false;
    return true;
}

// The trích yếu is set bold and centred. A docx says so of each paragraph; a
// text PDF's reader infers it from fonts and positions, so there it counts only
// when the line above was set the same way.
bool styled_as_title(const LineLayout& layout) { return layout.bold && layout.align == Align::center; }

}  // namespace

void find_title(const DocumentText& text, std::size_t first, Layout& out) {
    const bool docx = text.has_cells();
    for (std::size_t i = first; i < text.line_count(); ++i) {
        // OCR puts specks on lines of their own around and inside the trích yếu ("_", "\"", "i");
        // a line of digits ("2024 - 2025") is part of it.
        std::string_view raw = text.line_text(i);
        if (is_speck_line(raw) && std::none_of(raw.begin(), raw.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
            continue;
        std::string_view line = trim(text.line_text(i));
        line.remove_prefix(std::min(line.size(), line.find_first_not_of(kStrayMarks)));  // "__ về ..."
        const auto& layout = text.lines()[i].layout;
        if (line.size() > kMaxTitleLine || is_all_caps(line)) break;
        // "Kính gửi" and "Căn cứ" open what follows the title, however they are laid out.
        if (starts_with_folded(line, "kinh gui") || starts_with_folded(line, "can cu")) break;
        if (out.title_lines.empty()) {
            out.title_lines.push_back(i);
            continue;
        }
        const std::size_t last = out.title_lines.back();
        std::string_view previous = trim(text.line_text(last));
        // A wrapped line goes on in lower case; the docx also marks the trích yếu
        // centred and bold (readers of positioned words may not know the alignment).
        // A trích yếu is a phrase, not a sentence: a full stop inside it is an OCR
        // speck ("... và hỗ." + "trợ học sinh ..."), and so is a dash glued to the
        // next line's first word ("-9 tháng đầu năm").
        // A line that starts with a number goes on only after an open line ("... năm" +
        // "2024"), and never as a numbered clause of the body ("1. Giao ...").
        std::string_view wrapped = line.starts_with('-') && line.size() > 1 && line[1] != ' ' ? line.substr(1) : line;
        // A ':' that ends a line the next goes on from in lower case is a speck too ("... Hồ Chí Minh:" +
        // "trong cán bộ ..."); before an item or a capital it opens what follows.
        bool after_clause = !previous.empty() && (previous.back() == ';' || (previous.back() == ':' && !starts_lower(wrapped)));
        bool goes_on_in_digits = starts_with_digit(wrapped) && !ends_clause(previous) && !is_numbered_clause(wrapped);
        const auto& previous_layout = text.lines()[last].layout;
        bool pdf_styled = layout.source == TextSource::text_layer && styled_as_title(layout) &&
                          styled_as_title(previous_layout) && !ends_clause(line);
        bool goes_on_after_open_end = !after_clause && ends_open(without_stray_marks(previous)) && !ends_clause(line) && !is_numbered_clause(line);
        bool place_after_level =
            ends_with_level(without_specks(previous)) && starts_with_place_name(wrapped) && !ends_clause(line);
        // An aside in brackets ("(07/5/1954 - 07/5/2024)") goes on the phrase it follows;
        // a full stop before it is a speck, as inside the trích yếu.
        bool aside = wrapped.starts_with('(') && !previous.ends_with(':') && !previous.ends_with(';');
        bool continues = (!after_clause && (starts_lower(wrapped) || goes_on_in_digits || aside)) ||
                         (docx && styled_as_title(layout)) || pdf_styled || goes_on_after_open_end || place_after_level;
        if (!continues) break;
        out.title_lines.push_back(i);
    }
}

}  // namespace vbtrack::layout_lines
