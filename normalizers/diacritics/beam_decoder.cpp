#include "normalizers/diacritics/beam_decoder.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace vbtrack::diacritics {

BeamDecoder::BeamDecoder(const lm::LanguageModel& model, const DecoderOptions& options) : model_(&model), options_(options) {
    options_.beam = std::min<std::size_t>(options_.beam, std::numeric_limits<std::uint16_t>::max());
}

float BeamDecoder::mixed_score(float log10_p, const lm::State& in, lm::WordId word) const {
    const InDomainCache* cache = options_.cache;
    if (!cache || cache->empty()) return log10_p;
    const lm::WordId previous = in.length > 0 ? in.words[0] : lm::kUnknownId;
    const double mixed = (1 - InDomainCache::kWeight) * std::pow(10.0, log10_p) +
                         InDomainCache::kWeight * cache->probability(previous, word);
    return static_cast<float>(std::log10(mixed));
}

void BeamDecoder::extend(std::span<const LatticeCandidate> candidates) {
    const std::size_t begin = step_begin_[step_begin_.size() - 2], end = step_begin_.back();
    const std::size_t width = end - begin;
    const std::span<const lm::State> contexts(states_.data() + begin, width);
    words_.clear();
    for (const LatticeCandidate& candidate : candidates) words_.push_back(candidate.id);
    const std::size_t queries = width * words_.size();
    // Grown, never shrunk, as extensions_ below: resized to each position's
    // size, they were zeroed again after every position with one candidate.
    if (answers_.size() < queries) answers_.resize(queries);
    if (next_states_.size() < queries + words_.size()) next_states_.resize(queries + words_.size());
    model_->score_all(contexts, words_, std::span(answers_).first(queries), std::span(next_states_).first(queries));

    // A query backed off to its word's unigram leaves the word's unigram
    // state, whatever its context: of those extensions by one candidate only
    // the best can survive the merge below, so it alone is made (unless the
    // cache is mixed in, which tells their futures apart). The loop makes no
    // branch on `backed_off` (62 % of a stripped text's queries, in no order
    // a predictor learns): every query's extension is written, and kept by
    // advancing past it only when it is not merged.
    // Grown, never shrunk: resizing down and up again would zero it each step.
    if (extensions_.size() < queries + candidates.size()) extensions_.resize(queries + candidates.size());
    std::size_t made = 0;
    float best = -std::numeric_limits<float>::infinity();
    const bool mixing = options_.cache && !options_.cache->empty();
    const Hypothesis* last_step = hypotheses_.data() + begin;
    const lm::Answer* answer = answers_.data();
    for (std::size_t c = 0; c < candidates.size(); ++c) {
        const float channel = options_.channel_weight * candidates[c].log10_channel;
        const auto unigram_state = static_cast<std::uint32_t>(queries + c);
        next_states_[unigram_state] = model_->unigram_state(words_[c]);
        float best_backed_off = -std::numeric_limits<float>::infinity();
        std::uint16_t best_backed_off_context = 0;
        for (std::size_t h = 0; h < width; ++h, ++answer) {
            const float language = mixing ? mixed_score(answer->log10_prob, contexts[h], words_[c]) : answer->log10_prob;
            const float score = last_step[h].score + language + channel;
            const bool merged = answer->backed_off && !mixing;
            best_backed_off_context = merged && score > best_backed_off ? static_cast<std::uint16_t>(h) : best_backed_off_context;
            best_backed_off = merged ? std::max(best_backed_off, score) : best_backed_off;
            // A backed-off query's `out` was left as it was: read, not used.
            const auto state = answer->backed_off ? unigram_state : static_cast<std::uint32_t>(answer - answers_.data());
            const float rank = score + next_states_[state].pending_backoff;
            best = merged ? best : std::max(best, rank);
            extensions_[made] = {score, rank, static_cast<std::uint16_t>(h), static_cast<std::uint16_t>(c), state};
            made += !merged;
        }
        if (best_backed_off > -std::numeric_limits<float>::infinity()) {
            // A unigram state owes no backoff: its rank is its score.
            best = std::max(best, best_backed_off);
            extensions_[made++] = {best_backed_off, best_backed_off, best_backed_off_context, static_cast<std::uint16_t>(c), unigram_state};
        }
    }

    // Drop the hopeless, and merge equal states (only extensions by one
    // candidate can share a state, and they sit together): the better one
    // scores better in every future. With the cache mixed in, a future's
    // score is no longer the model's plus a constant, so states merge only
    // when their pending backoffs are equal too.
    const float floor = best - options_.prune_log10;
    const auto state_of = [&](const Extension& e) -> const lm::State& { return next_states_[e.state]; };
    const auto same_future = [mixing](const lm::State& a, const lm::State& b) {
        return a == b && (!mixing || a.pending_backoff == b.pending_backoff);
    };
    std::size_t kept = 0, group_begin = 0;
    for (const Extension& next : std::span(extensions_).first(made)) {
        if (next.rank < floor) continue;
        if (kept == 0 || extensions_[kept - 1].candidate != next.candidate) group_begin = kept;
        const lm::State& state = state_of(next);
        std::size_t same = group_begin;
        while (same < kept && !same_future(state_of(extensions_[same]), state)) ++same;
        if (same == kept) {
            extensions_[kept++] = next;
        } else if (next.rank > extensions_[same].rank) {
            extensions_[same] = next;
        }
    }
    const std::size_t survivors = std::min(kept, options_.beam);
    if (survivors < kept)
        std::nth_element(extensions_.begin(), extensions_.begin() + static_cast<std::ptrdiff_t>(survivors),
                         extensions_.begin() + static_cast<std::ptrdiff_t>(kept),
                         [](const Extension& a, const Extension& b) { return a.rank > b.rank; });
    for (std::size_t i = 0; i < survivors; ++i) {
        const Extension& e = extensions_[i];
        hypotheses_.push_back({e.score, static_cast<std::uint32_t>(begin + e.context), e.candidate});
        states_.push_back(state_of(e));
    }
    step_begin_.push_back(hypotheses_.size());
}

const std::vector<std::size_t>& BeamDecoder::decode(const Lattice& lattice) {
    hypotheses_.clear();
    states_.clear();
    step_begin_.clear();
    hypotheses_.push_back({0, 0, 0});
    states_.push_back(model_->begin_sentence());
    step_begin_.push_back(0);
    step_begin_.push_back(1);
    for (const auto& candidates : lattice) extend(candidates);

    // Close the sentence, then follow the back pointers.
    std::size_t best = 0;
    float best_score = -std::numeric_limits<float>::infinity();
    for (std::size_t h = step_begin_[step_begin_.size() - 2]; h < step_begin_.back(); ++h) {
        lm::State ignored;
        const float score = hypotheses_[h].score + model_->score(states_[h], lm::kSentenceEndId, ignored);
        if (score > best_score) best_score = score, best = h;
    }
    chosen_.resize(lattice.size());
    for (std::size_t position = lattice.size(); position > 0; --position) {
        chosen_[position - 1] = hypotheses_[best].candidate;
        best = hypotheses_[best].previous;
    }
    return chosen_;
}

}  // namespace vbtrack::diacritics
