// Parts of document codes that the text around them lost or split ("QĐ-TTg" read
// as "... -TTg"), and words in a case no Vietnamese word is written in: kept as
// written, while a syllable in such a case, OCR's misread, is written properly.
// "TTg" (the Prime Minister's code) is a word of the corpus model.
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

}  // namespace
}  // namespace vbtrack::diacritics
