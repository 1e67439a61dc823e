// The Vietnamese letters as (vowel base, tone, case) triples, so that the
// decoders and the tone-mark pass can take a letter apart and rebuild it.
#pragma once

#include <array>
#include <cstdint>
#include <optional>

namespace vbtrack {

// The five tone marks in the order Vietnamese grammars list them.
enum class Tone : std::uint8_t { none, grave, acute, hook, tilde, dot };
inline constexpr int kToneCount = 6;

// The twelve vowel bases, without tone: a ă â e ê i o ô ơ u ư y.
enum class Vowel : std::uint8_t { a, a_breve, a_circumflex, e, e_circumflex, i, o, o_circumflex, o_horn, u, u_horn, y };
inline constexpr int kVowelCount = 12;

// True for ă â ê ô ơ ư: the vowels whose own mark makes them carry the tone.
bool has_vowel_mark(Vowel vowel);

struct VowelLetter {
    Vowel vowel;
    Tone tone;
    bool upper;
};

// The vowel letter `c` is (precomposed, NFC), or nullopt for anything else.
std::optional<VowelLetter> analyze_vowel(char32_t c);

// The precomposed letter for a vowel base, tone and case.
char32_t compose_vowel(Vowel vowel, Tone tone, bool upper);

// The tables behind analyze_vowel, built once from Unicode's composition data.
// Hot loops hold a reference to look letters up without a call per character.
class VowelTable {
public:
    static const VowelTable& get();

    std::optional<VowelLetter> analyze(char32_t c) const {
        std::uint8_t packed = kNotAVowel;
        if (c < kLowRangeEnd) packed = low_[c];
        else if (c >= kHighRangeBegin && c < kHighRangeEnd) packed = high_[c - kHighRangeBegin];
        if (packed == kNotAVowel) return std::nullopt;
        return VowelLetter{static_cast<Vowel>(packed / 2 / kToneCount), static_cast<Tone>(packed / 2 % kToneCount), (packed & 1) != 0};
    }
    char32_t compose(Vowel vowel, Tone tone, bool upper) const {
        return composed_[static_cast<int>(vowel)][static_cast<int>(tone)][upper ? 1 : 0];
    }

private:
    VowelTable();

    // Vietnamese vowel letters live in two ranges: Latin-1 and Latin Extended-A/B
    // up to ư (U+01B0), and Latin Extended Additional U+1EA0–U+1EF9.
    static constexpr char32_t kLowRangeEnd = 0x1B1;
    static constexpr char32_t kHighRangeBegin = 0x1EA0, kHighRangeEnd = 0x1EFA;
    static constexpr std::uint8_t kNotAVowel = 0xFF;

    char32_t composed_[kVowelCount][kToneCount][2];  // [vowel][tone][upper]
    std::array<std::uint8_t, kLowRangeEnd> low_;     // packed (vowel, tone, upper) per code point
    std::array<std::uint8_t, kHighRangeEnd - kHighRangeBegin> high_;
};

}  // namespace vbtrack
