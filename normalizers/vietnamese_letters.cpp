#include "normalizers/vietnamese_letters.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <stdexcept>

namespace vbtrack {
namespace {

constexpr std::array<char32_t, kVowelCount> kBases = {U'a', U'ă', U'â', U'e', U'ê', U'i', U'o', U'ô', U'ơ', U'u', U'ư', U'y'};
// The combining mark of each tone: grave, acute, hook above, tilde, dot below.
constexpr std::array<char32_t, kToneCount> kMarks = {0, 0x0300, 0x0301, 0x0309, 0x0303, 0x0323};

// Vietnamese vowel letters live in two ranges: Latin-1 + Latin Extended-A/B
// up to ư (U+01B0), and Latin Extended Additional U+1EA0–U+1EF9.
constexpr char32_t kLowRangeEnd = 0x1B1;
constexpr char32_t kHighRangeBegin = 0x1EA0, kHighRangeEnd = 0x1EFA;
constexpr std::uint8_t kNotAVowel = 0xFF;

std::uint8_t pack(int vowel, int tone, int upper) { return static_cast<std::uint8_t>((vowel * kToneCount + tone) * 2 + upper); }

// Built once from Unicode's own composition data (ICU), so the 144 vowel letters (12 bases × 6 tones × 2 cases)
// come from the standard rather than from a hand-typed table. Lookups are
// direct array indexing: the tone-mark pass runs on every letter of the text.
struct LetterTables {
    char32_t composed[kVowelCount][kToneCount][2];  // [vowel][tone][upper]
    std::array<std::uint8_t, kLowRangeEnd> low;
    std::array<std::uint8_t, kHighRangeEnd - kHighRangeBegin> high;

    std::uint8_t& slot(char32_t c) { return c < kLowRangeEnd ? low[c] : high.at(c - kHighRangeBegin); }

    LetterTables() {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
        if (U_FAILURE(status)) throw std::runtime_error("ICU NFC data unavailable: reinstall libicu72");
        low.fill(kNotAVowel);
        high.fill(kNotAVowel);
        for (int v = 0; v < kVowelCount; ++v) {
            for (int t = 0; t < kToneCount; ++t) {
                // Full NFC rather than composePair: ặ is a + dot below + breve canonically, so ă + dot does not pair.
                icu::UnicodeString letter(static_cast<UChar32>(kBases[v]));
                if (t != 0) letter.append(static_cast<UChar32>(kMarks[t]));
                const icu::UnicodeString composed_letter = nfc->normalize(letter, status);
                if (U_FAILURE(status) || composed_letter.countChar32() != 1)
                    throw std::logic_error("Vietnamese letter does not compose to one code point");
                const char32_t lower = static_cast<char32_t>(composed_letter.char32At(0));
                const char32_t upper = static_cast<char32_t>(u_toupper(lower));
                composed[v][t][0] = lower;
                composed[v][t][1] = upper;
                slot(lower) = pack(v, t, 0);
                slot(upper) = pack(v, t, 1);
            }
        }
    }
};

const LetterTables& tables() {
    static const LetterTables instance;
    return instance;
}

}  // namespace

bool has_vowel_mark(Vowel vowel) {
    switch (vowel) {
        case Vowel::a_breve:
        case Vowel::a_circumflex:
        case Vowel::e_circumflex:
        case Vowel::o_circumflex:
        case Vowel::o_horn:
        case Vowel::u_horn:
            return true;
        default:
            return false;
    }
}

std::optional<VowelLetter> analyze_vowel(char32_t c) {
    std::uint8_t packed = kNotAVowel;
    if (c < kLowRangeEnd) {
        packed = tables().low[c];
    } else if (c >= kHighRangeBegin && c < kHighRangeEnd) {
        packed = tables().high[c - kHighRangeBegin];
    }
    if (packed == kNotAVowel) return std::nullopt;
    return VowelLetter{static_cast<Vowel>(packed / 2 / kToneCount), static_cast<Tone>(packed / 2 % kToneCount), (packed & 1) != 0};
}

char32_t compose_vowel(Vowel vowel, Tone tone, bool upper) {
    return tables().composed[static_cast<int>(vowel)][static_cast<int>(tone)][upper ? 1 : 0];
}

}  // namespace vbtrack
