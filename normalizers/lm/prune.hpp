// Build pass 4 (as KenLM's --prune): drops rare n-grams of order 3 and up so
// the model stays small; an n-gram that is the prefix or suffix of a kept
// longer one stays, since lookups walk from short to long n-grams and a
// context's backoff lives on its own entry. A dropped n-gram is answered by
// backing off, which loses its discounted count: the price of the size.
#pragma once

#include <cstdint>

#include "normalizers/lm/ngram.hpp"

namespace vbtrack::lm {

// Keeps n-grams of order >= 3 whose Kneser-Ney count is at least `min_count`.
void prune(ModelNgrams& model, std::uint64_t min_count);

}  // namespace vbtrack::lm
