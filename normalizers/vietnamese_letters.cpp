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

std::uint8_t pack(int vowel, int tone, int upper) { return static_cast<std::uint8_t>((vowel * kToneCount + tone) * 2 + upper); }

}  // namespace

// Built from Unicode's own composition data (ICU), so the 144 vowel letters
// (12 bases × 6 tones × 2 cases) come from the standard rather than from a
// hand-typed table.
VowelTable::VowelTable() {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU NFC data unavailable: reinstall libicu72");
    low_.fill(kNotAVowel);
    high_.fill(kNotAVowel);
    auto slot = [this](char32_t c) -> std::uint8_t& { return c < kLowRangeEnd ? low_[c] : high_.at(c - kHighRangeBegin); };
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
            composed_[v][t][0] = lower;
            composed_[v][t][1] = upper;
            slot(lower) = pack(v, t, 0);
            slot(upper) = pack(v, t, 1);
        }
    }
}

const VowelTable& VowelTable::get() {
    static const VowelTable instance;
    return instance;
}

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

std::optional<VowelLetter> analyze_vowel(char32_t c) { return VowelTable::get().analyze(c); }

char32_t compose_vowel(Vowel vowel, Tone tone, bool upper) { return VowelTable::get().compose(vowel, tone, upper); }

}  // namespace vbtrack
