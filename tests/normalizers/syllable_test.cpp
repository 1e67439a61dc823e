#include "normalizers/syllable.hpp"

#include <gtest/gtest.h>

#include "normalizers/utf8.hpp"

namespace vbtrack {
namespace {

TEST(Syllable, ValidVietnameseSyllables) {
    for (const char* word : {"a", "ạ", "Kế", "hoạch", "nghiêng", "người", "khuỷu", "quý", "giữa", "gìn", "đường", "ĐƯỜNG",
                             "xoong", "thuở", "yêu", "oái", "huỳnh", "Ủy", "chuyện"}) {
        EXPECT_TRUE(is_vietnamese_syllable(word)) << word;
    }
}

TEST(Syllable, NotVietnamese) {
    // acronyms, foreign words, mis-decoded legacy text, two tone marks, a stop final with the wrong tone
    for (const char* word : {"UBND", "Krông", "café", "ho¹ch", "Keá", "hoïach", "tiếngg", "hóà", "hàt", "mãc", "f", "q", "qu",
                             ""}) {
        EXPECT_FALSE(is_vietnamese_syllable(word)) << word;
    }
}

TEST(Syllable, CanonicalTonePosition) {
    struct Case {
        const char* word;
        std::size_t canonical;  // index of the letter that should carry the tone
    };
    for (const Case& c : {Case{"hoà", 1}, Case{"hòan", 2}, Case{"thuỷ", 2}, Case{"ngừơi", 3}, Case{"khóai", 3},
                          Case{"quỳ", 2}, Case{"gìa", 2}, Case{"mía", 1}, Case{"tiếng", 2}, Case{"khuỵu", 3}}) {
        auto parts = parse_syllable(utf8::decode(c.word));
        ASSERT_TRUE(parts.has_value()) << c.word;
        EXPECT_EQ(parts->canonical_tone_at, c.canonical) << c.word;
    }
}

}  // namespace
}  // namespace vbtrack
