// The written Vietnamese syllable: onset consonant(s), a vowel nucleus, an
// optional final consonant, at most one tone mark. Used to tell Vietnamese
// from mis-decoded text (encoding detection) and to place the tone mark.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace vbtrack {

struct SyllableParts {
    std::size_t nucleus_begin = 0;  // index of the first vowel of the nucleus ("qu", "gi" belong to the onset)
    std::size_t nucleus_end = 0;    // one past its last vowel; the final consonant follows
    std::optional<std::size_t> tone_at;  // index of the letter carrying the tone mark, if any
    // Where the tone mark belongs in the canonical style:
    //  1. on the vowel with its own mark (ă â ê ô ơ ư); in ươ on the ơ;
    //  2. otherwise, when a final consonant follows, on the last vowel (hoàn, huỳnh);
    //  3. otherwise on the middle vowel of three (khoái, khuỵu), on the first of
    //     two (hòa, khỏe, thủy, mía, múa) or on the only one;
    // where the u of "qu" and the i of "gi" belong to the onset (quý, già).
    std::size_t canonical_tone_at = 0;
    bool has_final = false;
};

// Parses one word (NFC code points, any case) as a Vietnamese syllable;
// nullopt when it is not one (foreign words, acronyms such as "UBND", codes).
std::optional<SyllableParts> parse_syllable(std::u32string_view word);

// Same test on UTF-8 text.
bool is_vietnamese_syllable(std::string_view utf8_word);

// Converts a syllable written in the other tone-mark style to the canonical
// one, and returns true when it did. Vietnamese has two conventions that
// differ only in open syllables ending in oa, oe, uy: the canonical one,
// used by the sample documents and government texts, marks the first vowel
// (hòa, khỏe, thủy, ủy), the other the second (hoà, khoẻ, thuỷ, uỷ). Every
// other placement is the same in both (see SyllableParts::canonical_tone_at);
// a mark elsewhere is a typing error ("hòan", "tuỵên") and is left for
// diacritic restoration, which can tell which letter was meant.
bool place_tone_mark(std::u32string& word);

// True when the tone mark of a parsed syllable sits where the other style
// puts it (the second vowel of an open oa, oe, uy).
bool is_other_style_placement(std::u32string_view word, const SyllableParts& parts);

}  // namespace vbtrack
