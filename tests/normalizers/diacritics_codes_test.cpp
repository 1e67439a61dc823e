// Parts of document codes that the text around them lost or split ("QĐ-TTg" read
// as "... -TTg"), and words in a case no Vietnamese word is written in: kept as
// written, while a syllable in such a case, OCR's misread, is written properly.
// "TTg" (the Prime Minister's code) is a word of the corpus model. In text that
// has its marks, an abbreviation keeps a written Đ, and one that spells a
// Vietnamese syllable is not taken for a word that lost its marks.
#include <gtest/gtest.h>

#include "corpus_model.hpp"

namespace vbtrack::diacritics {
namespace {

TEST(DiacriticsCodes, KeepsTheCaseOfACodePartStandingAlone) {
    REQUIRE_CORPUS_MODEL(restorer);
    const std::string text = "theo Quyết định số 06 -TTg ngày 06/01/2022 của Thủ tướng Chính phủ, TTg và iPhone.";
    const RestoreResult r = restorer.restore(text);
    EXPECT_EQ(r.text, text);
    EXPECT_EQ(r.changed_syllables, 0);
}

TEST(DiacriticsCodes, WritesASyllableInMixedCaseProperly) {
    REQUIRE_CORPUS_MODEL(restorer);
    EXPECT_EQ(restorer.restore("Căn cứ ĐIềU 5 của Quyết định này.").text, "Căn cứ Điều 5 của Quyết định này.");
}

TEST(DiacriticsCodes, KeepsTheWrittenDStrokeOfAnAbbreviationInMarkedText) {
    REQUIRE_CORPUS_MODEL(restorer);
    // CĐ, Công đoàn (a trade union): ../shared/corpus has "cd" 231 times and
    // "cđ" 23 times, and the model took the written Đ away.
    const std::string text = "Nơi nhận:\n- BCH CĐ cơ sở;\n- Ban Thường vụ CĐ ngành Giáo dục;\n";
    const RestoreResult r = restorer.restore(text);
    EXPECT_EQ(r.text, text);
    EXPECT_EQ(r.changed_syllables, 0);
    // Without its marks a text still gets an abbreviation's Đ back.
    EXPECT_EQ(restorer.restore("Thuong truc HDND tinh giam sat").text, "Thường trực HĐND tỉnh giám sát");
    // Capitals that spell no syllable only for a lost tone (the final c needs
    // one) are not taken for a typed abbreviation: a scanned header's last word,
    // wrapped onto a line of its own (held-out set 2's qc03).
    EXPECT_EQ(restorer.restore("ĐẢNG BỘ HUYỆN NINH\nPHƯƠC\n", {.from_scan = true}).text, "ĐẢNG BỘ HUYỆN NINH\nPHƯỚC\n");
}

TEST(DiacriticsCodes, KeepsAnAbbreviationThatSpellsASyllableInMarkedText) {
    REQUIRE_CORPUS_MODEL(restorer);
    // CAP, a ward's police (Công an phường), beside VT (the clerical office):
    // "CAP" spells the syllable "cấp" without its marks, and the model made "CẤP" of it.
    const std::string text = "- Lưu: VT, CAP.\n";
    EXPECT_EQ(restorer.restore(text).text, text);
    EXPECT_EQ(restorer.restore(text, {.from_scan = true}).text, text);
    // A heading in capitals is words, not abbreviations: a lost mark is restored.
    EXPECT_EQ(restorer.restore("Điều 2. TO CHỨC THỰC HIỆN\n").text, "Điều 2. TỔ CHỨC THỰC HIỆN\n");
}

}  // namespace
}  // namespace vbtrack::diacritics
