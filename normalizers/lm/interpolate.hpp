// Build pass 3 (as KenLM's initial_probabilities + interpolate): interpolated
// modified Kneser-Ney probabilities,
//   p(w | h) = (c(h w) - D(c)) / c(h ·)  +  γ(h) · p(w | h'),
//   γ(h) = (D1·N1(h ·) + D2·N2(h ·) + D3·N3+(h ·)) / c(h ·),
// with h' the context without its first word and the unigrams interpolated
// with the uniform distribution. γ(h) is stored as h's backoff, so a query
// for an unseen h w is γ(h) · p(w | h'), exactly the interpolated value.
#pragma once

#include <vector>

#include "normalizers/lm/adjust_counts.hpp"
#include "normalizers/lm/ngram.hpp"

namespace vbtrack::lm {

ModelNgrams interpolate(const CorpusCounts& adjusted, const std::vector<Discount>& discounts);

// Looks an n-gram of order n up in a sorted order; nullptr when absent.
const ModelNgram* find_ngram(const std::vector<ModelNgram>& order_ngrams, const NgramWords& words);

}  // namespace vbtrack::lm
