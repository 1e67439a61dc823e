// Picks one candidate per position so that the language model and the
// channel together score best: a beam search over the lattice that merges
// hypotheses with equal model states (their futures score alike), so with a
// wide enough beam it is Viterbi.
#pragma once

#include <cstddef>
#include <vector>

#include "normalizers/diacritics/in_domain_cache.hpp"
#include "normalizers/lm/model.hpp"

namespace vbtrack::diacritics {

struct LatticeCandidate {
    lm::WordId id;
    float log10_channel;  // log10 P(observed | this candidate)
};

using Lattice = std::vector<std::vector<LatticeCandidate>>;  // one non-empty list per position

struct DecoderOptions {
    std::size_t beam = 8;
    float channel_weight = 1.0f;
    const InDomainCache* cache = nullptr;  // counts of the batch's clean documents, if any
};

// The index of the chosen candidate at every position of one sentence.
std::vector<std::size_t> decode(const lm::LanguageModel& model, const Lattice& lattice, const DecoderOptions& options);

}  // namespace vbtrack::diacritics
