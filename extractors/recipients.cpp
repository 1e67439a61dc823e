#include "extractors/recipients.hpp"

#include "extractors/vietnamese.hpp"

namespace vbtrack {

namespace {

bool is_item_punctuation(char c) { return c == ';' || c == ',' || c == '.' || c == ':' || c == ' '; }

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
            if (open != std::string::npos && open > span.begin) {
                span.end = open;
                changed = true;
            }
        }
    }
    return span;
}

// Splits "A, B" where B starts with a capital: two bodies in one item. A comma
// before a lower-case word ("Chủ tịch, các PCT UBND xã") stays inside the name.
std::vector<TextSpan> split_bodies(const std::string& s, TextSpan span) {
    std::vector<TextSpan> out;
    std::size_t start = span.begin;
    for (std::size_t i = span.begin; i + 2 < span.end; ++i) {
        if (s[i] != ',' || s[i + 1] != ' ') continue;
        std::size_t pos = i + 2;
        if (!is_upper(utf8::next(s, pos))) continue;
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
