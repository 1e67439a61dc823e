// Picks one candidate per position so that the language model and the
// channel together score best: a beam search over the lattice that merges
// hypotheses with equal model states (their futures score alike, up to the
// states' pending backoffs, lm::State), so with a wide enough beam it is
// Viterbi.
//
//   BeamDecoder decoder(model, {});
//   for (const Lattice& sentence : sentences) use(decoder.decode(sentence));
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "normalizers/diacritics/in_domain_cache.hpp"
#include "normalizers/lm/model.hpp"

namespace vbtrack::diacritics {

struct LatticeCandidate {
    lm::WordId id;
    float log10_channel;  // log10 P(observed | this candidate)
};

// One non-empty list per position, held by the caller (a word's list is shared by its every occurrence).
using Lattice = std::vector<std::span<const LatticeCandidate>>;

struct DecoderOptions {
    std::size_t beam = 8;
    // A hypothesis this many log10 units behind the best of its position is
    // dropped even when the beam has room: it would need its next two words
    // to be 10^prune times likelier than the best's to catch up. Against no
    // threshold, 5 changed 1 of 273 295 held-out and development syllables
    // (the figures of bench/lm_README.md stay); 4.75 restores all 1.07 M
    // held-out syllables (every held-out law and all of viwiki-08), the
    // development documents and kh01's OCR exactly as 5 does, with 4 % fewer
    // decoding instructions; 4.5 and 4 each lost a development syllable.
    float prune_log10 = 4.75f;
    float channel_weight = 1.0f;
    const InDomainCache* cache = nullptr;  // counts of the batch's clean documents, if any
};

// Keeps its buffers from sentence to sentence: decoding allocates nothing once
// they have grown to the longest sentence.
class BeamDecoder {
public:
    // A beam over 65 535 is taken as 65 535 (extensions index hypotheses in 16 bits).
    BeamDecoder(const lm::LanguageModel& model, const DecoderOptions& options);

    // The index of the chosen candidate at every position of one sentence;
    // valid until the next call.
    const std::vector<std::size_t>& decode(const Lattice& lattice);
    // Up to kLanes sentences at once, the same choices as decode() of each:
    // their positions are decoded in turn, so that one's model lookups arrive
    // while the others' are worked on (alone, a position's lookups wait on
    // memory, since its contexts are known only once the last one is merged).
    // Then chosen(i) is sentence i's decode(), valid until the next call.
    static constexpr std::size_t kLanes = 4;
    void decode_together(std::span<const Lattice> lattices);
    const std::vector<std::size_t>& chosen(std::size_t sentence) const { return lanes_[sentence].chosen; }

private:
    // Its state is states[its index]: the states of a step, side by side,
    // are the next step's contexts as they are.
    struct Hypothesis {
        float score = 0;  // log10 of the path's model and channel probabilities
        std::uint32_t previous = 0;   // index in hypotheses of the hypothesis it extends
        std::uint32_t candidate = 0;  // candidate chosen at this position
    };

    struct Extension {
        float score;
        // score + the new state's pending backoff, which the next query adds
        // whatever its word: what hypotheses are ranked and merged by.
        float rank;
        std::uint16_t context;    // hypothesis of the last step, counted from the step's first
        std::uint16_t candidate;  // of this position
        std::uint32_t state;      // in next_states
    };

    // One sentence being decoded.
    struct Lane {
        std::vector<Hypothesis> hypotheses;   // every step's hypotheses, back to back
        std::vector<lm::State> states;        // and their states
        std::vector<std::size_t> step_begin;  // where each step starts in hypotheses
        // One step's queries: the last step's states × the candidates,
        // candidate-major; next_states holds the queries' states, then each
        // candidate's unigram state (lm::LanguageModel::score_all).
        std::vector<lm::State> next_states;
        std::vector<lm::WordId> words;
        std::vector<lm::Answer> answers;  // of the queries the filter passed (Queries::passed)
        lm::LanguageModel::Queries queries;
        std::vector<Extension> extensions;
        std::vector<std::size_t> chosen;
    };

    // log10 of the model's probability, mixed with the cache's when there is one.
    float mixed_score(float log10_p, const lm::State& in, lm::WordId word) const;
    void begin_sentence(Lane& lane) const;
    // A position in three steps (the model's three, lm::LanguageModel::Queries):
    // hash its queries, look up the filter, then score every candidate after
    // every hypothesis of the last step and append the best distinct states
    // as the next step.
    void request_filter(Lane& lane, std::span<const LatticeCandidate> candidates) const;
    void request_lookups(Lane& lane) const;
    void extend(Lane& lane, std::span<const LatticeCandidate> candidates) const;
    // extend()'s first half: the position's extensions into lane.extensions,
    // returns how many, and raises `best` to the best rank among them.
    template <bool kMixing>
    std::size_t make_extensions(Lane& lane, std::span<const LatticeCandidate> candidates, float& best) const;
    // Closes the sentence and follows the back pointers into lane.chosen.
    void end_sentence(Lane& lane, std::size_t positions) const;

    const lm::LanguageModel* model_;
    DecoderOptions options_;
    std::array<Lane, kLanes> lanes_;
};

}  // namespace vbtrack::diacritics
