// The model's probabilities worked out the textbook way, as one reads an ARPA
// file, from the n-grams the build passes make in memory: p(w | h) is the
// longest n-gram h' w the model has, times the backoffs of every longer
// context h'' of h that the model has as an n-gram. No states, no hashing,
// no quantization: what the model file and its queries must reproduce.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "normalizers/lm/ngram.hpp"

namespace vbtrack::test {

class ReferenceModel {
public:
    // The n-grams `vbtrack lm build` makes of `lines` (every build pass, pruning included).
    ReferenceModel(const std::vector<std::string>& lines, int order, std::uint64_t prune_min_count);

    // The id the model file gives `word` (the build numbers words alike), kUnknownId when unseen.
    lm::WordId id(std::string_view word) const;
    // log10 p(word | history), history in reading order (<s> first).
    double log10_prob(std::span<const lm::WordId> history, lm::WordId word) const;
    // log10 p(words </s>) after <s>: every word's log10_prob, the sentence end included.
    double sentence_log10(std::span<const lm::WordId> words) const;
    // The backoff of an n-gram of the model, 0 when it is none.
    double log10_backoff(std::span<const lm::WordId> context) const;

private:
    const lm::ModelNgram* find(std::span<const lm::WordId> words) const;

    std::vector<std::string> vocabulary_;
    std::unordered_map<std::string_view, lm::WordId> ids_;
    lm::ModelNgrams ngrams_;
};

}  // namespace vbtrack::test
