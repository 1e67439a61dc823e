// The Vietnamese letters as (vowel base, tone, case) triples, so that the
// decoders and the tone-mark pass can take a letter apart and rebuild it.
#pragma once

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

}  // namespace vbtrack
