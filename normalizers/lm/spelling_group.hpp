// Which spellings of the vocabulary a decoder asks about together: the
// candidates of one position are the spellings of one syllable without its
// marks ("duoc": được, đuốc, dược…), so the bigram filter puts a context's
// successors that share that form in one cache line (ngram_filter.hpp).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace vbtrack::lm {

// `word` lower-cased, without its combining marks (canonical decomposition),
// đ read as d: "Được" → "duoc". Build time only (ICU, not fast).
std::string mark_free(std::string_view word);

// 32 bits of a hash of mark_free(word): equal for all spellings of a syllable.
std::uint32_t spelling_group_hash(std::string_view word);

}  // namespace vbtrack::lm
