#include "normalizers/normalize_text.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "test_paths.hpp"

namespace vbtrack {
namespace {

// Tone-mark placement, written by hand from the rules of Vietnamese
// orthography (the sample documents' style: hòa, khỏe, thủy, ủy).
TEST(ToneMarks, OpenOaOeUyTakeTheMarkOnTheFirstVowel) {
    EXPECT_EQ(normalize_text("hoà"), "hòa");
    EXPECT_EQ(normalize_text("khoẻ"), "khỏe");
    EXPECT_EQ(normalize_text("thuỷ"), "thủy");
    EXPECT_EQ(normalize_text("uỷ"), "ủy");
    EXPECT_EQ(normalize_text("tuỳ"), "tùy");
    EXPECT_EQ(normalize_text("Uỷ ban"), "Ủy ban");
    EXPECT_EQ(normalize_text("UỶ BAN NHÂN DÂN"), "ỦY BAN NHÂN DÂN");
    EXPECT_EQ(normalize_text("Hoà Bình"), "Hòa Bình");
    EXPECT_EQ(normalize_text("HOÀ"), "HÒA");
    EXPECT_EQ(normalize_text("oé"), "óe");
}

TEST(ToneMarks, CanonicalWordsStay) {
    for (const char* word : {"hòa", "khỏe", "thủy", "ủy", "quý", "quỳnh", "hoàn", "hoạch", "thuở", "người", "giữa",
                             "khoái", "khuỵu", "mía", "múa", "cứu", "gửi", "xoáy", "yêu", "thuyết", "Khuê", "già", "gìn"}) {
        EXPECT_EQ(normalize_text(word), word);
    }
}

// Marks that neither style puts there are typing errors, not a style: they
// stay for diacritic restoration to judge ("tuỵên" was meant as "tuyên").
TEST(ToneMarks, TypingErrorsAreNotAStyle) {
    for (const char* word : {"hòan", "thủơ", "ngừơi", "khóai", "miá", "gìa", "tuỵên"}) EXPECT_EQ(normalize_text(word), word);
}

TEST(ToneMarks, NonVietnameseWordsAreLeftAlone) {
    for (const char* word : {"Krông", "UBND", "café", "Nguyễn", "Eakar", "naïve", "Zoé"}) EXPECT_EQ(normalize_text(word), word);
}

TEST(Normalize, ComposesDecomposedText) {
    EXPECT_EQ(normalize_text("Ke\u0302\u0301 hoa\u0323ch"), "Kế hoạch");
    // Decomposed and in the other placement style at once.
    EXPECT_EQ(normalize_text("Ho\u0061\u0300 Bi\u0300nh"), "Hòa Bình");
}

TEST(Normalize, DocumentNumbersAndDatesKeepTheirForm) {
    EXPECT_EQ(normalize_text("Số: 01/KH-VPUB ngày 09/7/2021"), "Số: 01/KH-VPUB ngày 09/7/2021");
    EXPECT_EQ(normalize_text("30/2020/NĐ-CP, 41-KH/HU, 12-QĐi/TU"), "30/2020/NĐ-CP, 41-KH/HU, 12-QĐi/TU");
    EXPECT_EQ(normalize_text("1.401,5 ha; 101,2%"), "1.401,5 ha; 101,2%");
}

TEST(Normalize, TypographicHyphensInCodesAndNumbersFold) {
    EXPECT_EQ(normalize_text("01/KH\u2013VPUB"), "01/KH-VPUB");          // en dash
    EXPECT_EQ(normalize_text("30/2020/NĐ\u2011CP"), "30/2020/NĐ-CP");    // non-breaking hyphen
    EXPECT_EQ(normalize_text("41\u2010KH/HU"), "41-KH/HU");              // hyphen
    EXPECT_EQ(normalize_text("2023\u20142024"), "2023-2024");            // em dash
    EXPECT_EQ(normalize_text("05\u22123\u22122024"), "05-3-2024");       // minus sign
    // Dashes between words are punctuation and stay.
    EXPECT_EQ(normalize_text("kinh tế \u2013 xã hội"), "kinh tế \u2013 xã hội");
    EXPECT_EQ(normalize_text("Nội\u2013Hải"), "Nội\u2013Hải");
}

TEST(Normalize, TypographicQuotesBetweenDigitsFold) {
    EXPECT_EQ(normalize_text("1\u2019000"), "1'000");
    EXPECT_EQ(normalize_text("5\u20329"), "5'9");
    // Quotation marks around text stay, even after a digit.
    EXPECT_EQ(normalize_text("\u201CĐợt 2\u201D"), "\u201CĐợt 2\u201D");
}

TEST(Normalize, WhitespaceAndControlCharacters) {
    EXPECT_EQ(normalize_text("  Kế   hoạch \t số\u00A0 01 \r\nHai\rBa\n"), "Kế hoạch số 01\nHai\nBa\n");
    EXPECT_EQ(normalize_text("Kế\u0007 hoạch\u200B\uFEFF"), "Kế hoạch");
    EXPECT_EQ(normalize_text("thông\u00ADtin"), "thôngtin");  // a soft hyphen is invisible
    EXPECT_EQ(normalize_text(""), "");
}

TEST(Normalize, MalformedUtf8BecomesReplacementCharacters) {
    const std::string bad = std::string("a") + '\xC3' + "b";
    EXPECT_EQ(normalize_text(bad), "a\uFFFDb");
}

// The gold texts are already canonical: normalization must not change a byte.
TEST(Normalize, GoldTextsAreFixedPoints) {
    VBTRACK_REQUIRE_SHARED(shared);
    int checked = 0;
    for (const auto& entry : std::filesystem::directory_iterator(shared / "eval" / "docs")) {
        std::ifstream in(entry.path() / "gold.txt", std::ios::binary);
        if (!in) continue;
        std::ostringstream gold;
        gold << in.rdbuf();
        EXPECT_EQ(normalize_text(gold.str()), gold.str()) << entry.path();
        ++checked;
    }
    EXPECT_GT(checked, 0);
}

}  // namespace
}  // namespace vbtrack
