#include "extractors/deadlines/folded_tokens.hpp"

#include <algorithm>
#include <charconv>
#include <string>

namespace vbtrack::deadlines {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_word_char(char c) { return c >= 'a' && c <= 'z'; }

// One letter read wrong ("chất" for "nhất", "trucc" for "truoc"). Only
// substitutions: a dropped or added letter turns short keywords into common
// words ("truoc" - 'o' = "truc", as in "thường trực ngày …").
bool one_letter_off(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    int diff = 0;
    for (std::size_t i = 0; i < a.size(); ++i) diff += a[i] != b[i];
    return diff == 1;
}

// A list item starts at `i` (the first character of a line): "-", "+", a bullet,
// "2.", "1.2.", "III.", "a)" followed by a space.
bool list_item_at(std::string_view s, std::size_t i) {
    if (i < s.size() && std::string_view("-+?").find(s[i]) != std::string_view::npos)
        return i + 1 < s.size() && s[i + 1] == ' ';
    std::size_t j = i;
    while (j < s.size() && j - i < 6 && (is_digit(s[j]) || is_word_char(s[j]) || s[j] == '.')) ++j;
    if (j == i || j >= s.size()) return false;
    if (s[j] == ')') return j + 1 < s.size() && s[j + 1] == ' ' && j - i <= 2;
    return s[j] == ' ' && s[j - 1] == '.' && (is_digit(s[i]) || std::string_view("ivxl").find(s[i]) != std::string_view::npos);
}

}  // namespace

std::vector<Token> tokenize_folded(std::string_view s) {
    std::vector<Token> out;
    bool newline = false;
    for (std::size_t i = 0; i < s.size();) {
        char c = s[i];
        if (c == '\n') {
            // A phrase may wrap onto the next line, but never into the next list item.
            std::size_t next = s.find_first_not_of(" \t\r", i + 1);
            if (next != std::string_view::npos && list_item_at(s, next)) out.push_back({Token::Kind::mark, i, i + 1, s.substr(i, 1)});
            newline = true;
            ++i;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r') {
            ++i;
            continue;
        }
        if (!is_digit(c) && !is_word_char(c) && std::string_view("/-.,;:()").find(c) == std::string_view::npos) {
            ++i;  // OCR specks and symbols ("_", "|", "ˆ") say nothing about a deadline
            continue;
        }
        std::size_t j = i + 1;
        Token::Kind kind = Token::Kind::mark;
        if (is_digit(c)) {
            kind = Token::Kind::number;
            while (j < s.size() && is_digit(s[j])) ++j;
        } else if (is_word_char(c)) {
            kind = Token::Kind::word;
            while (j < s.size() && is_word_char(s[j])) ++j;
        }
        out.push_back({kind, i, j, s.substr(i, j - i), newline});
        newline = false;
        i = j;
    }
    return out;
}

const Token* TokenCursor::peek(std::size_t ahead) const {
    return pos_ + ahead < tokens_.size() ? &tokens_[pos_ + ahead] : nullptr;
}

bool TokenCursor::word(std::string_view w) {
    const Token* t = peek();
    if (!t || t->kind != Token::Kind::word || t->text != w) return false;
    ++pos_;
    return true;
}

bool TokenCursor::approx_word(std::string_view w) {
    const Token* t = peek();
    if (!t || t->kind != Token::Kind::word) return false;
    if (t->text != w && !(w.size() >= 4 && one_letter_off(t->text, w))) return false;
    ++pos_;
    return true;
}

bool TokenCursor::words(std::initializer_list<std::string_view> ws) {
    std::size_t start = pos_;
    for (auto w : ws)
        if (!word(w)) {
            pos_ = start;
            return false;
        }
    return true;
}

bool TokenCursor::any_word(std::initializer_list<std::string_view> ws) {
    return std::any_of(ws.begin(), ws.end(), [&](std::string_view w) { return word(w); });
}

bool TokenCursor::mark(char c) {
    const Token* t = peek();
    if (!t || t->kind != Token::Kind::mark || t->text[0] != c) return false;
    ++pos_;
    return true;
}

std::optional<int> TokenCursor::number(int max_digits, int* digits) {
    const Token* t = peek();
    if (!t || t->kind != Token::Kind::number || static_cast<int>(t->text.size()) > max_digits) return std::nullopt;
    if (digits) *digits = static_cast<int>(t->text.size());
    ++pos_;
    int value = 0;
    std::from_chars(t->text.data(), t->text.data() + t->text.size(), value);
    return value;
}

std::optional<int> TokenCursor::split_number(int max_digits, std::string_view then, int* digits) {
    const Token* first = peek();
    const Token* second = peek(1);
    if (first && second && first->kind == Token::Kind::number && second->kind == Token::Kind::number &&
        static_cast<int>(first->text.size() + second->text.size()) <= max_digits) {
        const Token* after = peek(2);
        bool followed = then.empty() || (after && after->kind == Token::Kind::mark && then.find(after->text[0]) != std::string_view::npos);
        if (followed) {
            std::string joined = std::string(first->text) + std::string(second->text);
            int value = 0;
            std::from_chars(joined.data(), joined.data() + joined.size(), value);
            if (digits) *digits = static_cast<int>(joined.size());
            pos_ += 2;
            return value;
        }
    }
    return number(max_digits, digits);
}

bool TokenCursor::gloss() {
    std::size_t start = pos_;
    if (!mark('(')) return false;
    int n = 0;
    for (; peek() && peek()->kind == Token::Kind::word; ++pos_) ++n;
    if (n == 0 || n > 4 || !mark(')')) {
        pos_ = start;
        return false;
    }
    return true;
}

}  // namespace vbtrack::deadlines
