#include <gtest/gtest.h>

#include "pipeline/ocr/vietnamese_syllable.hpp"

using vbtrack::ocr::check_syllable;

TEST(Syllable, AcceptsTheOrthographysOnsetsAndRhymes) {
    for (const char* s : {"nghiêng", "quốc", "giữa", "gì", "khuyến", "thuở", "người", "trường", "oanh", "yết", "Đảng",
                          "hòa", "hoà", "ủy", "tuần", "chuyện", "vui", "hướng", "dẫn"})
        EXPECT_TRUE(check_syllable(s).valid) << s;
}

TEST(Syllable, RejectsWhatAnEnglishModelMakesOfVietnamese) {
    for (const char* s : {"Thu'orng", "s6", "luén", "Jay", "dimg", "gitta", "thw", "ndam"})
        EXPECT_FALSE(check_syllable(s).valid) << s;
}

TEST(Syllable, StopCodasTakeOnlyTheRisingOrHeavyTone) {
    EXPECT_TRUE(check_syllable("quốc").valid);
    EXPECT_TRUE(check_syllable("việt").valid);
    EXPECT_FALSE(check_syllable("quồc").valid);
    EXPECT_FALSE(check_syllable("việ̃t").valid);  // two tones
}

TEST(Syllable, UnderstandsDecomposedMarks) {
    // "Việt" as NFD: i, e + circumflex + dot below.
    const auto check = check_syllable("Vie\xCC\x82\xCC\xA3t");
    EXPECT_TRUE(check.valid);
    EXPECT_TRUE(check.marked);
}

TEST(Syllable, ReportsMarksCapitalsAndNonLetters) {
    EXPECT_TRUE(check_syllable("đi").marked);
    EXPECT_FALSE(check_syllable("ngay").marked);
    EXPECT_TRUE(check_syllable("UBND").upper);
    EXPECT_FALSE(check_syllable("UBND").valid);
    EXPECT_FALSE(check_syllable("27/02/2019").letters);
    EXPECT_TRUE(check_syllable("(nếu").valid);  // edge punctuation is not part of the syllable
    EXPECT_TRUE(check_syllable("có).").valid);
}
