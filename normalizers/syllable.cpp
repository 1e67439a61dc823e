#include "normalizers/syllable.hpp"

#include <algorithm>
#include <array>

#include "normalizers/utf8.hpp"
#include "normalizers/vietnamese_letters.hpp"

namespace vbtrack {
namespace {

// Written onsets, in lowercase ASCII with 'D' standing for đ. "gi" and "qu"
// are handled apart because their second letter is a vowel letter.
constexpr std::array<std::string_view, 26> kOnsets = {
    "", "b", "c", "ch", "d", "D", "g", "gh", "h", "k", "kh", "l", "m", "n",
    "ng", "ngh", "nh", "p", "ph", "r", "s", "t", "th", "tr", "v", "x"};

constexpr std::array<std::string_view, 9> kFinals = {"", "c", "ch", "m", "n", "ng", "nh", "p", "t"};

// Vowel nuclei as written, diphthongs and triphthongs included (the glides
// i/y, o, u that end "ai", "ao", "au" are part of the nucleus).
constexpr std::array<std::u32string_view, 49> kNuclei = {
    U"a", U"ă", U"â", U"e", U"ê", U"i", U"o", U"ô", U"ơ", U"u", U"ư", U"y",
    U"ai", U"ao", U"au", U"ay", U"âu", U"ây", U"eo", U"êu", U"ia", U"iê", U"iu", U"oa", U"oă", U"oe",
    U"oi", U"oo", U"ôi", U"ơi", U"ua", U"uâ", U"uê", U"ui", U"uô", U"uơ", U"uy", U"ưa", U"ưi", U"ươ", U"ưu", U"yê",
    U"iêu", U"yêu", U"oai", U"oay", U"oeo", U"uây", U"uôi"};
constexpr std::array<std::u32string_view, 5> kMoreNuclei = {U"ươi", U"ươu", U"uya", U"uyê", U"uyu"};

bool is_known_nucleus(std::u32string_view nucleus) {
    return std::find(kNuclei.begin(), kNuclei.end(), nucleus) != kNuclei.end() ||
           std::find(kMoreNuclei.begin(), kMoreNuclei.end(), nucleus) != kMoreNuclei.end();
}

// One letter of the word, reduced to what the syllable structure needs.
struct Letter {
    bool is_vowel = false;
    VowelLetter vowel{};
    char consonant = 0;  // lowercase ASCII, 'D' for đ
};

std::optional<Letter> reduce(char32_t c) {
    if (auto vowel = analyze_vowel(c)) return Letter{true, *vowel, 0};
    if (c == U'đ' || c == U'Đ') return Letter{false, {}, 'D'};
    if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z')) {
        const char lower = static_cast<char>(c | 0x20);
        // a e i o u y are vowels and were taken above; f j w z are not Vietnamese.
        if (lower == 'f' || lower == 'j' || lower == 'w' || lower == 'z') return std::nullopt;
        return Letter{false, {}, lower};
    }
    return std::nullopt;
}

bool is_plain(const Letter& letter, Vowel vowel) { return letter.is_vowel && letter.vowel.vowel == vowel; }

// Sắc and nặng are the only tones a syllable ending in a stop (c, ch, p, t) can take.
bool tone_fits_final(Tone tone, std::string_view final_consonant) {
    const bool stop = final_consonant == "c" || final_consonant == "ch" || final_consonant == "p" || final_consonant == "t";
    return !stop || tone == Tone::acute || tone == Tone::dot;
}

std::size_t canonical_position(const std::array<Letter, 16>& letters, std::size_t begin, std::size_t end, bool has_final) {
    for (std::size_t i = end; i-- > begin;) {
        if (has_vowel_mark(letters[i].vowel.vowel)) return i;  // the last marked vowel: ươ → ơ
    }
    if (has_final) return end - 1;
    const std::size_t length = end - begin;
    return length == 3 ? begin + 1 : begin;
}

}  // namespace

std::optional<SyllableParts> parse_syllable(std::u32string_view word) {
    constexpr std::size_t kLongest = 16;  // "nghiêng" has 7 letters; anything longer is not one syllable
    if (word.empty() || word.size() > kLongest) return std::nullopt;
    std::array<Letter, kLongest> letters;
    for (std::size_t i = 0; i < word.size(); ++i) {
        auto letter = reduce(word[i]);
        if (!letter) return std::nullopt;
        letters[i] = *letter;
    }

    SyllableParts parts;
    std::string onset;
    std::size_t i = 0;
    while (i < word.size() && !letters[i].is_vowel) onset += letters[i++].consonant;
    if (i == word.size()) return std::nullopt;
    // "qu" + vowel and "gi" + vowel: the u / i belongs to the onset.
    const bool next_is_vowel = i + 1 < word.size() && letters[i + 1].is_vowel;
    if ((onset == "q" && is_plain(letters[i], Vowel::u)) || (onset == "g" && is_plain(letters[i], Vowel::i) && next_is_vowel)) {
        if (!next_is_vowel) return std::nullopt;
        onset += onset == "q" ? 'u' : 'i';
        ++i;
    }
    if (onset != "qu" && onset != "gi" && std::find(kOnsets.begin(), kOnsets.end(), onset) == kOnsets.end()) return std::nullopt;

    parts.nucleus_begin = i;
    std::u32string nucleus;
    while (i < word.size() && letters[i].is_vowel) nucleus += compose_vowel(letters[i++].vowel.vowel, Tone::none, false);
    parts.nucleus_end = i;
    if (!is_known_nucleus(nucleus)) return std::nullopt;

    std::string final_consonant;
    for (; i < word.size(); ++i) {
        if (letters[i].is_vowel) return std::nullopt;
        final_consonant += letters[i].consonant;
    }
    if (std::find(kFinals.begin(), kFinals.end(), final_consonant) == kFinals.end()) return std::nullopt;

    Tone tone = Tone::none;
    for (std::size_t k = 0; k < word.size(); ++k) {
        if (!letters[k].is_vowel || letters[k].vowel.tone == Tone::none) continue;
        if (parts.tone_at) return std::nullopt;  // two tone marks
        parts.tone_at = k;
        tone = letters[k].vowel.tone;
    }
    if (!tone_fits_final(tone, final_consonant)) return std::nullopt;
    parts.has_final = !final_consonant.empty();
    parts.canonical_tone_at = canonical_position(letters, parts.nucleus_begin, parts.nucleus_end, parts.has_final);
    return parts;
}

bool is_vietnamese_syllable(std::string_view utf8_word) {
    std::u32string word;
    for (std::size_t pos = 0; pos < utf8_word.size();) word += utf8::next(utf8_word, pos);
    return parse_syllable(word).has_value();
}

bool is_other_style_placement(std::u32string_view word, const SyllableParts& parts) {
    if (!parts.tone_at || parts.has_final || parts.nucleus_end - parts.nucleus_begin != 2 || *parts.tone_at != parts.nucleus_begin + 1)
        return false;
    const Vowel first = analyze_vowel(word[parts.nucleus_begin])->vowel;
    const Vowel second = analyze_vowel(word[parts.nucleus_begin + 1])->vowel;
    return (first == Vowel::o && (second == Vowel::a || second == Vowel::e)) || (first == Vowel::u && second == Vowel::y);
}

bool place_tone_mark(std::u32string& word) {
    auto parts = parse_syllable(word);
    if (!parts || !is_other_style_placement(word, *parts)) return false;
    const auto from = *analyze_vowel(word[*parts->tone_at]);
    const auto to = *analyze_vowel(word[parts->canonical_tone_at]);
    word[*parts->tone_at] = compose_vowel(from.vowel, Tone::none, from.upper);
    word[parts->canonical_tone_at] = compose_vowel(to.vowel, from.tone, to.upper);
    return true;
}

}  // namespace vbtrack
