// Words, numbers and marks of accent-folded text (extractors/vietnamese.hpp),
// and a cursor that matches the fixed words of deadline phrases on them.
// Matching folded words makes "trước", "truoc" and an OCR'd "trưóc" the same;
// spaces and line breaks are not tokens, so "25 / 4 / 2023" reads like
// "25/4/2023" and a phrase may wrap onto the next line (a line break before
// a list item, "- ", "2.", "III.", "a)", is a "\n" mark that no phrase crosses);
// marks other than / - . , ; : ( ) are dropped as OCR specks.
#pragma once

#include <initializer_list>
#include <optional>
#include <string_view>
#include <vector>

namespace vbtrack::deadlines {

struct Token {
    enum class Kind { word, number, mark };
    Kind kind;
    std::size_t begin, end;  // in the folded text
    std::string_view text;
    bool after_newline = false;  // a line break comes before it (line breaks are spaces otherwise)
};

std::vector<Token> tokenize_folded(std::string_view folded);

class TokenCursor {
public:
    TokenCursor(const std::vector<Token>& tokens, std::size_t pos) : tokens_(tokens), pos_(pos) {}

    std::size_t pos() const { return pos_; }
    void seek(std::size_t pos) { pos_ = pos; }
    bool done() const { return pos_ >= tokens_.size(); }
    const Token* peek(std::size_t ahead = 0) const;

    // Each consumes what it matched and returns true, or leaves the cursor alone.
    bool word(std::string_view w);
    // Also accepts one misread letter (OCR) in words of 4+ letters.
    bool approx_word(std::string_view w);
    // All the words in order, or nothing.
    bool words(std::initializer_list<std::string_view> ws);
    bool any_word(std::initializer_list<std::string_view> ws);
    bool mark(char c);
    // A number of at most `max_digits` digits; `digits` receives its length.
    // OCR splits numbers ("1 1/2024" for "11/2024", "20 24"): a number
    // followed by another that together fit in `max_digits` and are followed
    // by one of `then` (a separator, or "" for anything) reads as one.
    std::optional<int> number(int max_digits, int* digits = nullptr);
    std::optional<int> split_number(int max_digits, std::string_view then, int* digits = nullptr);
    // A parenthesized gloss of words, "(mười)", "(hai mươi)".
    bool gloss();

private:
    const std::vector<Token>& tokens_;
    std::size_t pos_;
};

}  // namespace vbtrack::deadlines
