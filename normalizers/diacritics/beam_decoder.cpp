#include "normalizers/diacritics/beam_decoder.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace vbtrack::diacritics {
namespace {

// log10 of the model's probability, mixed with the cache's when there is one.
float language_score(const lm::LanguageModel& model, const InDomainCache* cache, const lm::State& in, lm::WordId word,
                     lm::State& out) {
    const float log10_p = model.score(in, word, out);
    if (!cache || cache->empty()) return log10_p;
    const lm::WordId previous = in.length > 0 ? in.words[0] : lm::kUnknownId;
    const double mixed = (1 - InDomainCache::kWeight) * std::pow(10.0, log10_p) +
                         InDomainCache::kWeight * cache->probability(previous, word);
    return static_cast<float>(std::log10(mixed));
}

struct Hypothesis {
    lm::State state;
    float score = 0;
    std::size_t previous = 0;   // hypothesis index at the position before
    std::size_t candidate = 0;  // candidate chosen at this position
};

}  // namespace

std::vector<std::size_t> decode(const lm::LanguageModel& model, const Lattice& lattice, const DecoderOptions& options) {
    std::vector<std::vector<Hypothesis>> beams(lattice.size() + 1);
    beams[0].push_back({model.begin_sentence(), 0, 0, 0});
    std::vector<Hypothesis> expanded;
    for (std::size_t position = 0; position < lattice.size(); ++position) {
        expanded.clear();
        const auto& previous = beams[position];
        for (const Hypothesis& hypothesis : previous)
            for (const LatticeCandidate& candidate : lattice[position]) model.prefetch(hypothesis.state, candidate.id);
        for (std::size_t h = 0; h < previous.size(); ++h)
            for (std::size_t c = 0; c < lattice[position].size(); ++c) {
                const LatticeCandidate& candidate = lattice[position][c];
                Hypothesis next{{}, 0, h, c};
                next.score = previous[h].score +
                             language_score(model, options.cache, previous[h].state, candidate.id, next.state) +
                             options.channel_weight * candidate.log10_channel;
                expanded.push_back(next);
            }
        std::sort(expanded.begin(), expanded.end(),
                  [](const Hypothesis& a, const Hypothesis& b) { return a.score > b.score; });
        auto& beam = beams[position + 1];
        for (const Hypothesis& hypothesis : expanded) {
            if (beam.size() == options.beam) break;
            // Equal states: the better one (seen first) wins for every future.
            if (std::none_of(beam.begin(), beam.end(), [&](const Hypothesis& kept) { return kept.state == hypothesis.state; }))
                beam.push_back(hypothesis);
        }
    }
    // Close the sentence, then follow the back pointers.
    const auto& last = beams[lattice.size()];
    std::size_t best = 0;
    float best_score = -std::numeric_limits<float>::infinity();
    for (std::size_t h = 0; h < last.size(); ++h) {
        lm::State ignored;
        const float score = last[h].score + model.score(last[h].state, lm::kSentenceEndId, ignored);
        if (score > best_score) best_score = score, best = h;
    }
    std::vector<std::size_t> chosen(lattice.size());
    for (std::size_t position = lattice.size(); position > 0; --position) {
        const Hypothesis& hypothesis = beams[position][best];
        chosen[position - 1] = hypothesis.candidate;
        best = hypothesis.previous;
    }
    return chosen;
}

}  // namespace vbtrack::diacritics
