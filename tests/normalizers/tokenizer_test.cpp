#include "normalizers/tokenizer.hpp"

#include <gtest/gtest.h>
#include <unicode/uchar.h>

#include <string>
#include <utility>
#include <vector>

#include "normalizers/utf8.hpp"

namespace vbtrack {
namespace {

using Expected = std::vector<std::pair<TokenKind, std::string>>;

Expected kinds_and_texts(std::string_view text) {
    Expected out;
    for (const Token& token : tokenize(text)) out.emplace_back(token.kind, std::string(token.text));
    return out;
}

constexpr auto S = TokenKind::syllable;
constexpr auto N = TokenKind::number;
constexpr auto C = TokenKind::code;
constexpr auto D = TokenKind::date;
constexpr auto P = TokenKind::punctuation;

TEST(Tokenizer, SyllablesAndPunctuation) {
    EXPECT_EQ(kinds_and_texts("Kế hoạch, số: UBND."),
              (Expected{{S, "Kế"}, {S, "hoạch"}, {P, ","}, {S, "số"}, {P, ":"}, {S, "UBND"}, {P, "."}}));
}

TEST(Tokenizer, DocumentCodesStayWhole) {
    EXPECT_EQ(kinds_and_texts("Số 41-KH/HU"), (Expected{{S, "Số"}, {C, "41-KH/HU"}}));
    EXPECT_EQ(kinds_and_texts("Số: 01/KH-VPUB;"), (Expected{{S, "Số"}, {P, ":"}, {C, "01/KH-VPUB"}, {P, ";"}}));
    EXPECT_EQ(kinds_and_texts("30/2020/NĐ-CP"), (Expected{{C, "30/2020/NĐ-CP"}}));
    EXPECT_EQ(kinds_and_texts("V/v triển khai"), (Expected{{C, "V/v"}, {S, "triển"}, {S, "khai"}}));
    EXPECT_EQ(kinds_and_texts("12-QĐi/TU"), (Expected{{C, "12-QĐi/TU"}}));
    // A typographic dash inside a code is part of the code, so the normalizer can fold it.
    EXPECT_EQ(kinds_and_texts("01/KH\u2013VPUB"), (Expected{{C, "01/KH\u2013VPUB"}}));
}

TEST(Tokenizer, Dates) {
    EXPECT_EQ(kinds_and_texts("ngày 09/7/2021"), (Expected{{S, "ngày"}, {D, "09/7/2021"}}));
    EXPECT_EQ(kinds_and_texts("05-3-2024"), (Expected{{D, "05-3-2024"}}));
    EXPECT_EQ(kinds_and_texts("12.5.2024"), (Expected{{D, "12.5.2024"}}));
    EXPECT_EQ(kinds_and_texts("trước 15/11."), (Expected{{S, "trước"}, {D, "15/11"}, {P, "."}}));
    EXPECT_EQ(kinds_and_texts("tháng 12/2023"), (Expected{{S, "tháng"}, {D, "12/2023"}}));
    // Not dates: day 32, month 13, a dash range without a year.
    EXPECT_EQ(kinds_and_texts("32/7/2021 15/13 15-20"), (Expected{{C, "32/7/2021"}, {C, "15/13"}, {C, "15-20"}}));
}

TEST(Tokenizer, Numbers) {
    EXPECT_EQ(kinds_and_texts("1.401,5 ha"), (Expected{{N, "1.401,5"}, {S, "ha"}}));
    EXPECT_EQ(kinds_and_texts("101,2%"), (Expected{{N, "101,2"}, {P, "%"}}));
    EXPECT_EQ(kinds_and_texts("1. Mục đích"), (Expected{{N, "1"}, {P, "."}, {S, "Mục"}, {S, "đích"}}));
    // A comma followed by a space separates words, it does not join them.
    EXPECT_EQ(kinds_and_texts("3, 4"), (Expected{{N, "3"}, {P, ","}, {N, "4"}}));
}

TEST(Tokenizer, DecomposedMarksStayInTheSyllable) {
    const std::string decomposed = "ho\u0323a\u0300 ba\u0301o";  // "họà" is not a word; marks must not split
    EXPECT_EQ(kinds_and_texts(decomposed), (Expected{{S, "ho\u0323a\u0300"}, {S, "ba\u0301o"}}));
}

TEST(Tokenizer, OffsetsPointIntoTheInput) {
    const std::string text = "  Hạ Hòa, ngày";
    auto tokens = tokenize(text);
    ASSERT_EQ(tokens.size(), 4u);
    EXPECT_EQ(tokens[1].begin, 7u);  // "  Hạ " = 2 spaces + "H" (1 byte) + "ạ" (3 bytes) + 1 space
    for (const Token& token : tokens) EXPECT_EQ(text.substr(token.begin, token.end - token.begin), token.text);
}

TEST(Tokenizer, WhitespaceVariantsAndMalformedBytes) {
    EXPECT_EQ(kinds_and_texts("a\u00A0b\tc\u200Bd"), (Expected{{S, "a"}, {S, "b"}, {S, "c"}, {S, "d"}}));
    // A stray byte is punctuation (U+FFFD), never an endless loop or a crash.
    const std::string bad = std::string("ab") + '\xC3' + " cd" + '\xE1';
    EXPECT_EQ(tokenize(bad).size(), 4u);
}

// The tokenizer classes the Latin letters and combining marks without asking
// ICU (a shortcut for speed): each must still join a syllable exactly when
// ICU calls it a letter or a mark, and × ÷ must not.
TEST(TokenizerTest, LatinBlocksJoinSyllablesExactlyWhenIcuCallsThemLetters) {
    const std::pair<char32_t, char32_t> blocks[] = {{0x80, 0x24F}, {0x300, 0x36F}, {0x1E00, 0x1EFF}};
    for (const auto& [first, last] : blocks) {
        for (char32_t c = first; c <= last; ++c) {
            std::string text = "a";
            utf8::append(text, c);
            text += "a";
            const bool icu_letter = u_isalpha(c) || u_getCombiningClass(c) != 0 || u_charType(c) == U_NON_SPACING_MARK;
            const std::vector<Token> tokens = tokenize(text);
            const bool one_syllable = tokens.size() == 1 && tokens[0].kind == TokenKind::syllable;
            EXPECT_EQ(one_syllable, icu_letter) << "U+" << std::hex << static_cast<unsigned>(c);
        }
    }
    EXPECT_EQ(tokenize("a×a").size(), 3u);
    EXPECT_EQ(tokenize("a÷a").size(), 3u);
}

}  // namespace
}  // namespace vbtrack
