// Where what a body does starts in a sentence: the words of the finder of
// responsible bodies (responsibility_words.hpp) marked as predicates and stops.
#pragma once

#include <cstddef>
#include <vector>

#include "extractors/responsibility_words.hpp"

namespace vbtrack::roles {

// Marks the words where a predicate (one to three syllables) starts, once per
// sentence: name lists ask for every word.
void mark_predicates(std::vector<Word>& w);

// Word i stands before a verb or opens an adjunct and is never in a body's
// name: "đã", "sẽ", "cần", "theo", "là" (the name stops and modals), "chỉ" as
// "only" ("Kho bạc chỉ thanh toán ...", not "Ban chỉ đạo", "Ban chỉ huy").
bool never_in_name(const std::vector<Word>& w, std::size_t i);

// A noun of a kind of bodies, persons or places that a plural names as doers
// ("các đơn vị", "các ông, bà", "các thôn") at word i.
bool collective_noun_at(const std::vector<Word>& w, std::size_t i);

}  // namespace vbtrack::roles
