#include "extractors/recipients.hpp"

#include "extractors/vietnamese.hpp"

namespace vbtrack {

namespace {

// What closes an item, and the specks OCR leaves after it ("UBND xã, -").
bool is_item_punctuation(char c) { return c == ';' || c == ',' || c == '.' || c == ':' || c == ' ' || c == '-' || c == '_'; }

// What a bracket at an item's end holds: why the copy is sent ("b/c", "Báo
// cáo", "để biết", "thực hiện"; lower case, or a purpose word), which is no
// part of the name, or the unit of the body that receives it ("Văn phòng
// Chính phủ (Cục Kiểm soát TTHC)", "Công an tỉnh (PC06)"), which is.
bool names_why_sent(std::string_view inside) {
    inside = trim(inside);
    std::size_t pos = 0;
    if (inside.empty() || !is_upper(utf8::next(inside, pos))) return true;
    // An abbreviated purpose, "b/c", "t/h", "đ/b", also as OCR reads it: "B/€", "Bb/C".
    if (inside.find('/') != std::string_view::npos && inside.size() <= 6) return true;
    const std::string words = folded(inside);
    for (std::string_view purpose : {"b/c", "bao cao", "de ", "thuc hien", "t/h", "phoi hop", "p/h", "biet", "chi dao",
                                     "theo doi", "kiem tra", "giam sat"})
        if (words.starts_with(purpose)) return true;
    return false;
}

// Drops the dash (and OCR's specks around it) in front and "(b/c);" "(Báo cáo)," "(để biết)." behind.
TextSpan clean_item(const std::string& s, TextSpan span) {
    span.begin += item_text_start(std::string_view(s).substr(span.begin, span.end - span.begin));
    for (bool changed = true; changed && span.end > span.begin;) {
        changed = false;
        while (span.end > span.begin && is_item_punctuation(s[span.end - 1])) {
            --span.end;
            changed = true;
        }
        if (span.end > span.begin && s[span.end - 1] == ')') {
            std::size_t open = s.rfind('(', span.end - 1);
            if (open != std::string::npos && open > span.begin &&
                names_why_sent(std::string_view(s).substr(open + 1, span.end - 1 - open - 1))) {
                span.end = open;
                changed = true;
            }
        }
    }
    return span;
}

// Capital letters only: "C", "CT", "GĐ".
bool is_capitals(std::string_view token) {
    for (std::size_t pos = 0; pos < token.size();)
        if (!is_upper(utf8::next(token, pos))) return false;
    return !token.empty();
}

// "CT, PCT UBND xã", "C, PCVP UBND tỉnh", "Chủ tịch, Phó Chủ tịch UBND huyện": an
// office and its deputies, named once: the part after the comma starts with the
// deputy's form of the part before it (an abbreviation with "P" before it, a title
// with "Phó ").
bool deputies_follow(std::string_view office, std::string_view rest) {
    office = trim(office);
    if (office.empty()) return false;
    const std::string_view first_token = rest.substr(0, rest.find(' '));
    std::string abbreviated(1, 'P');
    abbreviated += office;
    if (office.find(' ') == std::string_view::npos && is_capitals(office) && first_token.starts_with(abbreviated))
        return true;
    std::string titled = "phó ";
    titled += to_lower(office);
    titled += ' ';
    return to_lower(rest).starts_with(titled);
}

// "UBND các huyện: A, B, C": a collective head, then the places it names.
bool lists_places(std::string_view item) {
    std::size_t colon = item.find(':');
    if (colon == std::string_view::npos) return false;
    const std::string head = folded(item.substr(0, colon));
    return head.starts_with("cac ") || head.find(" cac ") != std::string::npos;
}

// How an item opened by a plural before a lower-case kind ("Các khoa, ...") lists:
// not at all (no such plural), bare kinds that share what closes the item ("Các
// khoa, phòng, TYT xã, thị trấn", "Các ban, VP Hội LHPN tỉnh": one entry), or a
// kind with its own qualifier, after which a comma splits only before a body named
// in full ("Các ban đảng, Văn phòng Tỉnh ủy": two; "Các trường THPT, TT GDNN-GDTX",
// kinds in abbreviations: one).
enum class PluralKinds { none, bare, qualified };

PluralKinds plural_of_kinds(std::string_view item) {
    item = trim(item);
    for (std::string_view plural : {"Các ", "các "}) {
        if (!item.starts_with(plural)) continue;
        std::size_t pos = plural.size();
        if (pos >= item.size() || !is_lower(utf8::next(item, pos))) return PluralKinds::none;
        std::size_t kind_end = item.find_first_of(" ,", plural.size());
        return kind_end != std::string_view::npos && item[kind_end] == ',' ? PluralKinds::bare : PluralKinds::qualified;
    }
    return PluralKinds::none;
}

// A word with a capital, then lower case ("Văn", "Tỉnh"), up to the next comma: a
// body named in full, not a kind in abbreviations ("TT GDNN-GDTX", "THCS").
bool names_in_full(std::string_view part) {
    part = part.substr(0, part.find(','));
    for (std::size_t at = 0; at < part.size();) {
        std::size_t end = std::min(part.find(' ', at), part.size());
        std::string_view word = part.substr(at, end - at);
        std::size_t pos = 0;
        if (!word.empty() && is_upper(utf8::next(word, pos)) && pos < word.size() && is_lower(utf8::next(word, pos)))
            return true;
        at = end + 1;
    }
    return false;
}

// Splits "A, B" where B starts with a capital: two bodies in one item. A comma
// before a lower-case word ("Chủ tịch, các PCT UBND xã") stays inside the name,
// and so do an office's deputies and the places a collective head lists.
std::vector<TextSpan> split_bodies(const std::string& s, TextSpan span) {
    std::vector<TextSpan> out;
    const std::string_view all(s);
    const std::string_view item = all.substr(span.begin, span.end - span.begin);
    const PluralKinds kinds = plural_of_kinds(item);
    if (lists_places(item) || kinds == PluralKinds::bare) return {span};
    std::size_t start = span.begin;
    for (std::size_t i = span.begin; i + 2 < span.end; ++i) {
        if (s[i] != ',' || s[i + 1] != ' ') continue;
        std::size_t pos = i + 2;
        if (!is_upper(utf8::next(s, pos))) continue;
        if (kinds == PluralKinds::qualified && !names_in_full(all.substr(i + 2, span.end - i - 2))) continue;
        if (deputies_follow(all.substr(start, i - start), all.substr(i + 2, span.end - i - 2))) continue;
        out.push_back({start, i});
        start = i + 2;
    }
    out.push_back({start, span.end});
    return out;
}

}  // namespace

std::vector<Finding<std::string>> find_recipients(const DocumentText& text, const Layout& layout) {
    std::vector<Finding<std::string>> out;
    const std::string& s = text.text();
    for (const auto& item : layout.recipient_items) {
        TextSpan cleaned = clean_item(s, item);
        if (cleaned.empty()) continue;
        for (TextSpan part : split_bodies(s, cleaned)) {
            std::string name = collapse_spaces(text.slice(part));
            if (name.empty()) continue;
            out.push_back({name, part, 0.95, "recipients.item"});
        }
    }
    return out;
}

}  // namespace vbtrack
