#include "extractors/sentences.hpp"

#include "extractors/vietnamese.hpp"

namespace vbtrack {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Shrinks a span to drop surrounding white space; empty spans are dropped by callers.
TextSpan trimmed(const std::string& s, TextSpan span) {
    while (span.begin < span.end && is_space(s[span.begin])) ++span.begin;
    while (span.end > span.begin && is_space(s[span.end - 1])) --span.end;
    return span;
}

void push_trimmed(std::vector<TextSpan>& out, const std::string& s, TextSpan span) {
    span = trimmed(s, span);
    if (!span.empty()) out.push_back(span);
}

// The word before the one that ends at `end` (spaces between), lower-cased.
std::string word_before(const std::string& s, std::size_t end) {
    while (end > 0 && is_space(s[end - 1])) --end;
    std::size_t b = end;
    while (b > 0 && !is_space(s[b - 1])) --b;
    return to_lower(std::string_view(s).substr(b, end - b));
}

// The word just before position `dot` is an upper-case abbreviation ("TM.", "KT.", "TP.")
// or a number ("1.", "2.1.", "Điều 3.") — a period there does not end a sentence. A
// capitalized word with digits in it is a date or a code ("Quý IV/2024.", "12/QĐ-UBND."),
// which does, and so does the number that closes a date ("… tuần đầu tháng 12. Phòng X …")
// and a year, which no item is numbered ("… giai đoạn 2021 - 2025. Các cơ quan …").
bool abbreviation_before(const std::string& s, std::size_t dot) {
    std::size_t b = dot;
    while (b > 0 && !is_space(s[b - 1])) --b;
    std::string_view word(s.data() + b, dot - b);
    if (word.empty()) return false;
    bool digits = word.find_first_not_of("0123456789.") == std::string_view::npos;
    bool code = word.find_first_of("0123456789") != std::string_view::npos;
    if (digits) {
        const bool year = word.size() == 4 && (word.starts_with("19") || word.starts_with("20"));
        const std::string unit = word_before(s, b);
        return !year && unit != "tháng" && unit != "năm" && unit != "ngày";
    }
    return (is_all_caps(word) && !code) || word.size() <= 2;
}

bool upper_word_after(const std::string& s, std::size_t pos) {
    while (pos < s.size() && s[pos] == ' ') ++pos;
    if (pos >= s.size()) return false;
    std::size_t p = pos;
    char32_t c = utf8::next(s, p);
    return is_upper(c) || c == U'-' || c == U'+';
}

// "a) ...", "đ) ...": a list item, which starts a sentence even in lower case.
bool starts_with_item_marker(std::string_view line) {
    line = trim(line);
    std::size_t pos = 0;
    if (line.empty()) return false;
    utf8::next(line, pos);
    return pos < line.size() && line[pos] == ')';
}

bool ends_sentence_line(std::string_view line) {
    line = trim(line);
    return !line.empty() && (line.back() == '.' || line.back() == ':' || line.back() == ';' ||
                             line.back() == '!' || line.back() == '?');
}

}  // namespace

std::vector<TextSpan> split_sentences(const DocumentText& text, TextSpan within) {
    const std::string& s = text.text();
    std::vector<TextSpan> out;
    std::size_t start = within.begin;
    for (std::size_t i = within.begin; i < within.end && i < s.size(); ++i) {
        char c = s[i];
        if (c == '\n') {
            std::size_t line = text.line_at(i);
            bool continues = line + 1 < text.line_count() && !ends_sentence_line(text.line_text(line)) &&
                             starts_lower(text.line_text(line + 1)) && !starts_with_item_marker(text.line_text(line + 1));
            if (!continues) {
                push_trimmed(out, s, {start, i});
                start = i + 1;
            }
        } else if ((c == '.' || c == '!' || c == '?') && i + 1 < s.size() && s[i + 1] == ' ' &&
                   upper_word_after(s, i + 1) && !(c == '.' && abbreviation_before(s, i))) {
            push_trimmed(out, s, {start, i + 1});
            start = i + 1;
        }
    }
    push_trimmed(out, s, {start, std::min(within.end, s.size())});
    return out;
}

std::vector<TextSpan> split_sentences(const DocumentText& text) {
    return split_sentences(text, TextSpan{0, text.text().size()});
}

std::vector<TextSpan> split_clauses(const DocumentText& text, TextSpan sentence) {
    const std::string& s = text.text();
    std::vector<TextSpan> out;
    std::size_t start = sentence.begin;
    for (std::size_t i = sentence.begin; i < sentence.end; ++i) {
        if (s[i] != ';') continue;
        push_trimmed(out, s, {start, i});
        start = i + 1;
    }
    push_trimmed(out, s, {start, sentence.end});
    return out;
}

}  // namespace vbtrack
