#include "normalizers/diacritics/beam_decoder.hpp"

#include <algorithm>
#include <bit>
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

namespace {

// The last step's hypotheses: the contexts of this position's queries.
std::span<const lm::State> last_step_states(const std::vector<lm::State>& states, const std::vector<std::size_t>& step_begin) {
    const std::size_t begin = step_begin[step_begin.size() - 2];
    return {states.data() + begin, step_begin.back() - begin};
}

}  // namespace

void BeamDecoder::begin_sentence(Lane& lane) const {
    lane.hypotheses.clear();
    lane.states.clear();
    lane.step_begin.clear();
    lane.hypotheses.push_back({0, 0, 0});
    lane.states.push_back(model_->begin_sentence());
    lane.step_begin.push_back(0);
    lane.step_begin.push_back(1);
}

void BeamDecoder::request_filter(Lane& lane, std::span<const LatticeCandidate> candidates) const {
    lane.words.clear();
    for (const LatticeCandidate& candidate : candidates) lane.words.push_back(candidate.id);
    model_->request_filter(last_step_states(lane.states, lane.step_begin), lane.words, lane.queries);
}

void BeamDecoder::request_lookups(Lane& lane) const {
    model_->request_lookups(last_step_states(lane.states, lane.step_begin), lane.words, lane.queries);
}

namespace {

// `value` where `keep`, else minus infinity, without a branch.
inline float kept_or_minus_infinity(float value, bool keep) {
    const std::uint32_t mask = 0u - static_cast<std::uint32_t>(keep);
    constexpr auto kMinusInfinity = std::bit_cast<std::uint32_t>(-std::numeric_limits<float>::infinity());
    return std::bit_cast<float>((std::bit_cast<std::uint32_t>(value) & mask) | (kMinusInfinity & ~mask));
}

}  // namespace

template <bool kMixing>
std::size_t BeamDecoder::make_extensions(Lane& lane, std::span<const LatticeCandidate> candidates, float& best) const {
    const std::size_t begin = lane.step_begin[lane.step_begin.size() - 2];
    const std::span<const lm::State> contexts = last_step_states(lane.states, lane.step_begin);
    const std::size_t width = contexts.size();
    const std::size_t queries = width * lane.words.size();
    // A query the filter rejects backs off to its word's unigram and leaves
    // the word's unigram state, whatever its context: of those extensions by
    // one candidate only the best can survive the merge in extend(), so it
    // alone is made (unless the cache is mixed in, which tells their futures
    // apart). 62-71 % of a stripped text's queries back off, in no order a
    // predictor learns, so the loop over a candidate's queries has no branch
    // on it: each query is scored both ways, its looked-up extension written
    // and kept by advancing past it only when the filter passed it, its
    // backed-off score raced for the best of the others. Ranks (which read
    // the new state) are worked out after it, for the kept only.
    Extension* extensions = lane.extensions.data();
    const lm::State* next_states = lane.next_states.data();
    const Hypothesis* last_step = lane.hypotheses.data() + begin;
    const lm::Answer* answers = lane.answers.data();
    const std::uint8_t* passed = lane.queries.passed(queries).data();
    std::size_t made = 0;
    float best_rank = best;  // a local: `best` may alias what the loop writes
    for (std::size_t c = 0; c < candidates.size(); ++c) {
        const lm::WordId word = lane.words[c];
        const float channel = options_.channel_weight * candidates[c].log10_channel;
        const auto unigram_state = static_cast<std::uint32_t>(queries + c);
        lane.next_states[unigram_state] = model_->unigram_state(word);
        const auto candidate = static_cast<std::uint16_t>(c);
        const std::size_t group = made;
        float best_backed_off = -std::numeric_limits<float>::infinity();
        std::uint16_t best_backed_off_context = 0;
        for (std::size_t h = 0, q = c * width; h < width; ++h, ++q) {
            // What look_up() left for a query the filter rejected is stale: computed, not kept.
            const float looked_up = answers[q].log10_prob;
            const float backed_off = model_->backed_off_score(contexts[h], word);
            Extension& e = extensions[made];
            e.context = static_cast<std::uint16_t>(h);
            e.candidate = candidate;
            if constexpr (kMixing) {
                e.score = last_step[h].score + mixed_score(passed[q] ? looked_up : backed_off, contexts[h], word) + channel;
                e.state = passed[q] ? static_cast<std::uint32_t>(q) : unigram_state;
                ++made;
            } else {
                e.score = last_step[h].score + looked_up + channel;
                e.state = static_cast<std::uint32_t>(q);
                made += passed[q];
                const float score = kept_or_minus_infinity(last_step[h].score + backed_off + channel, !passed[q]);
                best_backed_off_context = score > best_backed_off ? static_cast<std::uint16_t>(h) : best_backed_off_context;
                best_backed_off = std::max(best_backed_off, score);
            }
        }
        for (Extension& e : std::span(extensions + group, made - group)) {
            e.rank = e.score + next_states[e.state].pending_backoff;
            best_rank = std::max(best_rank, e.rank);
        }
        if (!kMixing && best_backed_off > -std::numeric_limits<float>::infinity()) {
            // A unigram state owes no backoff: its rank is its score.
            best_rank = std::max(best_rank, best_backed_off);
            extensions[made++] = {best_backed_off, best_backed_off, best_backed_off_context, candidate, unigram_state};
        }
    }
    best = best_rank;
    return made;
}

void BeamDecoder::extend(Lane& lane, std::span<const LatticeCandidate> candidates) const {
    const std::size_t begin = lane.step_begin[lane.step_begin.size() - 2];
    const std::span<const lm::State> contexts = last_step_states(lane.states, lane.step_begin);
    const std::size_t queries = contexts.size() * lane.words.size();
    // Grown, never shrunk, as the extensions below: resized to each
    // position's size, they were zeroed again after every position with one candidate.
    if (lane.answers.size() < queries) lane.answers.resize(queries);
    if (lane.next_states.size() < queries + lane.words.size()) lane.next_states.resize(queries + lane.words.size());
    model_->look_up(contexts, lane.words, std::span(lane.answers).first(queries), std::span(lane.next_states).first(queries),
                    lane.queries);
    // Grown, never shrunk: resizing down and up again would zero it each step.
    if (lane.extensions.size() < queries + candidates.size()) lane.extensions.resize(queries + candidates.size());
    float best = -std::numeric_limits<float>::infinity();
    const bool mixing = options_.cache && !options_.cache->empty();
    const std::size_t made = mixing ? make_extensions<true>(lane, candidates, best) : make_extensions<false>(lane, candidates, best);

    // Drop the hopeless, and merge equal states (only extensions by one
    // candidate can share a state, and they sit together): the better one
    // scores better in every future. With the cache mixed in, a future's
    // score is no longer the model's plus a constant, so states merge only
    // when their pending backoffs are equal too.
    const float floor = best - options_.prune_log10;
    const auto state_of = [&](const Extension& e) -> const lm::State& { return lane.next_states[e.state]; };
    const auto same_future = [mixing](const lm::State& a, const lm::State& b) {
        return a == b && (!mixing || a.pending_backoff == b.pending_backoff);
    };
    std::size_t kept = 0, group_begin = 0;
    for (const Extension& next : std::span(lane.extensions).first(made)) {
        if (next.rank < floor) continue;
        if (kept == 0 || lane.extensions[kept - 1].candidate != next.candidate) group_begin = kept;
        const lm::State& state = state_of(next);
        std::size_t same = group_begin;
        while (same < kept && !same_future(state_of(lane.extensions[same]), state)) ++same;
        if (same == kept) {
            lane.extensions[kept++] = next;
        } else if (next.rank > lane.extensions[same].rank) {
            lane.extensions[same] = next;
        }
    }
    const std::size_t survivors = std::min(kept, options_.beam);
    if (survivors < kept)
        std::nth_element(lane.extensions.begin(), lane.extensions.begin() + static_cast<std::ptrdiff_t>(survivors),
                         lane.extensions.begin() + static_cast<std::ptrdiff_t>(kept),
                         [](const Extension& a, const Extension& b) { return a.rank > b.rank; });
    for (std::size_t i = 0; i < survivors; ++i) {
        const Extension& e = lane.extensions[i];
        lane.hypotheses.push_back({e.score, static_cast<std::uint32_t>(begin + e.context), e.candidate});
        lane.states.push_back(state_of(e));
    }
    lane.step_begin.push_back(lane.hypotheses.size());
}

void BeamDecoder::end_sentence(Lane& lane, std::size_t positions) const {
    std::size_t best = 0;
    float best_score = -std::numeric_limits<float>::infinity();
    for (std::size_t h = lane.step_begin[lane.step_begin.size() - 2]; h < lane.step_begin.back(); ++h) {
        lm::State ignored;
        const float score = lane.hypotheses[h].score + model_->score(lane.states[h], lm::kSentenceEndId, ignored);
        if (score > best_score) best_score = score, best = h;
    }
    lane.chosen.resize(positions);
    for (std::size_t position = positions; position > 0; --position) {
        lane.chosen[position - 1] = lane.hypotheses[best].candidate;
        best = lane.hypotheses[best].previous;
    }
}

const std::vector<std::size_t>& BeamDecoder::decode(const Lattice& lattice) {
    decode_together(std::span(&lattice, 1));
    return lanes_[0].chosen;
}

void BeamDecoder::decode_together(std::span<const Lattice> lattices) {
    const std::size_t count = std::min(lattices.size(), kLanes);
    std::size_t longest = 0;
    for (std::size_t l = 0; l < count; ++l) {
        begin_sentence(lanes_[l]);
        longest = std::max(longest, lattices[l].size());
    }
    // Each step of a position issues the memory requests its next step reads:
    // the other sentences' steps run while they arrive.
    for (std::size_t i = 0; i < longest; ++i) {
        for (std::size_t l = 0; l < count; ++l)
            if (i < lattices[l].size()) request_filter(lanes_[l], lattices[l][i]);
        for (std::size_t l = 0; l < count; ++l)
            if (i < lattices[l].size()) request_lookups(lanes_[l]);
        for (std::size_t l = 0; l < count; ++l)
            if (i < lattices[l].size()) extend(lanes_[l], lattices[l][i]);
    }
    for (std::size_t l = 0; l < count; ++l) end_sentence(lanes_[l], lattices[l].size());
}

}  // namespace vbtrack::diacritics
