// A syllable-aware tokenizer shared by text repair, the language model and
// the extractors. Vietnamese is written one syllable per space-separated word;
// numbers, document codes (41-KH/HU, 30/2020/NĐ-CP), dates and punctuation
// are tokens of their own kinds so that repair can leave them untouched.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace vbtrack {

enum class TokenKind {
    syllable,     // letters only: "Kế", "hoạch", "UBND"
    number,       // digits, with . or , separators: "116", "1.000"
    code,         // letters/digits joined by - / .: "41-KH/HU", "30/2020/NĐ-CP", "V/v"
    date,         // 09/7/2021, 05-3-2024
    punctuation,  // anything else that is not space
};

struct Token {
    TokenKind kind;
    std::size_t begin, end;  // byte offsets into the input
    std::string_view text;   // view into the input
};

// Splits UTF-8 text into tokens; white space is skipped. The input must outlive the tokens.
std::vector<Token> tokenize(std::string_view text);

}  // namespace vbtrack
