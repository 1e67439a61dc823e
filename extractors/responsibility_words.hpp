// The words of a sentence as the finder of responsible bodies reads them: where
// what a body does starts (a predicate) and where a body's name starts (a head)
// and may not go on (a stop).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extractors/text_view.hpp"

namespace vbtrack::roles {

// One word of a sentence: its bytes in the text, its folded form without edge
// punctuation, and the punctuation that ends it.
struct Word {
    TextSpan span;           // without trailing punctuation
    std::string f;           // lower case
    bool upper = false;      // starts with a capital
    bool title = false;      // a capital, then lower case: "Xuân", not "UBND" or "PT-TH"
    char punct = 0;          // ',', ';', ':', '.' right after the word, or 0
    bool predicate = false;  // a verb of what the body does starts here
    bool stop = false;       // a name ends before this word: a verb or a preposition
    bool inferred = false;   // the predicate is known only from the level that ends the name before it
};

// The words of [sentence.begin, sentence.end) with predicates and stops marked.
std::vector<Word> words_of(const std::string& s, TextSpan sentence);

// A list marker: "-", "+", "1.", "2.1.", "a)", "IV.".
bool is_marker(const Word& w);

// Whether the words from i spell `phrase` (lower case, one space between words,
// no punctuation inside).
bool phrase_at(const std::vector<Word>& w, std::size_t i, std::string_view phrase);

// Whether one of the listed predicates (one to three syllables) starts at word i.
bool listed_predicate(const std::vector<Word>& w, std::size_t i);

// The number of words of the body's head starting at word i ("Ủy ban", "Sở",
// "các", "Kho bạc"), 0 when none does.
std::size_t head_length(const std::vector<Word>& w, std::size_t i);
bool body_head_at(const std::vector<Word>& w, std::size_t i);

// Whether a body's head ends right before word i ("Văn phòng | Ban"): a head
// there is the specifier of that head, not a name of its own.
bool head_ends_before(const std::vector<Word>& w, std::size_t i);

// The last syllable of an administrative level: "tỉnh", "huyện", "xã", "thị
// trấn", "thành phố", "phường", "quận" (lower case).
bool level_noun(const Word& w);

// Whether a name goes on after a place or level with this word: a level or a
// link ("Mặt trận Tổ quốc Việt Nam tỉnh", "... huyện và ...", "... khóa XIV").
bool goes_on_after_place(const Word& w);

}  // namespace vbtrack::roles
