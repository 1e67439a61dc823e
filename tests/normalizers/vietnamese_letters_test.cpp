#include "normalizers/vietnamese_letters.hpp"

#include <gtest/gtest.h>

#include <cstdint>

namespace vbtrack {
namespace {

TEST(VietnameseLetters, TakesLettersApartAndBuildsThemAgain) {
    // Code points from the Unicode charts (Latin-1, Latin Extended-A/B, Latin Extended Additional).
    const auto e_hook = analyze_vowel(0x1EC3);  // ể
    ASSERT_TRUE(e_hook.has_value());
    EXPECT_EQ(e_hook->vowel, Vowel::e_circumflex);
    EXPECT_EQ(e_hook->tone, Tone::hook);
    EXPECT_FALSE(e_hook->upper);
    EXPECT_EQ(compose_vowel(Vowel::a_breve, Tone::dot, true), 0x1EB6);  // Ặ: ă + dot does not compose pairwise
    EXPECT_EQ(compose_vowel(Vowel::u_horn, Tone::none, false), 0x01B0);  // ư
    EXPECT_EQ(compose_vowel(Vowel::y, Tone::acute, true), 0x00DD);       // Ý
    EXPECT_EQ(compose_vowel(Vowel::i, Tone::tilde, false), 0x0129);      // ĩ
    for (char32_t not_a_vowel : {U'b', U'đ', U'Đ', U'ç', U'ñ', U'1', U' ', char32_t{0x1EFA}}) EXPECT_FALSE(analyze_vowel(not_a_vowel)) << static_cast<std::uint32_t>(not_a_vowel);
}

TEST(VietnameseLetters, EveryCombinationRoundTrips) {
    int letters = 0;
    for (int v = 0; v < kVowelCount; ++v) {
        for (int t = 0; t < kToneCount; ++t) {
            for (bool upper : {false, true}) {
                const char32_t c = compose_vowel(static_cast<Vowel>(v), static_cast<Tone>(t), upper);
                const auto back = analyze_vowel(c);
                ASSERT_TRUE(back.has_value()) << std::hex << static_cast<std::uint32_t>(c);
                EXPECT_EQ(static_cast<int>(back->vowel), v);
                EXPECT_EQ(static_cast<int>(back->tone), t);
                EXPECT_EQ(back->upper, upper);
                ++letters;
            }
        }
    }
    EXPECT_EQ(letters, 144);
}

}  // namespace
}  // namespace vbtrack
