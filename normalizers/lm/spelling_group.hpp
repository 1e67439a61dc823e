// Which spellings of the vocabulary a decoder asks about together: the
// candidates of one position are the spellings of one syllable without its
// marks ("duoc": được, đuốc, dược…), so the bigram filter puts a context's
// successors that share that form in one cache line (ngram_filter.hpp).
#pragma once

#include <cstdint>
#include <string_view>

namespace vbtrack::lm {

// 32 bits of a hash of the word's base_form() (normalizers/base_form.hpp):
// equal for all spellings of a syllable, whatever their marks and case.
std::uint32_t spelling_group_hash(std::string_view word);

}  // namespace vbtrack::lm
