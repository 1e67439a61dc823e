// The language model as callers see it (as KenLM's lm/model.hh): open a
// built file, map words to ids, score a word after a state.
//
//   const auto model = lm::LanguageModel::open(path);
//   lm::State state = model.begin_sentence(), next;
//   float log10_p = model.score(state, model.index("kế"), next);
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <span>
#include <stdexcept>
#include <string_view>
#include <vector>

#include "normalizers/lm/binary_format.hpp"
#include "normalizers/lm/mapped_file.hpp"
#include "normalizers/lm/ngram.hpp"
#include "normalizers/lm/quantize.hpp"

namespace vbtrack::lm {

// The model file is missing, truncated, or from another format version.
struct ModelFileError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// What a query needs to know of the words before (KenLM's minimized state):
// the longest run of them, most recent first, whose n-grams the model has and
// some longer n-gram extends, with those n-grams' backoffs. Words further
// back cannot change any later query but through the backoffs of n-grams no
// longer one extends, and those are added to the next query whatever its
// word: `pending_backoff` holds their sum. So two states with equal words
// score every continuation alike up to their pending backoffs, a constant per
// state: a decoder merges hypotheses on equal words and keeps the one whose
// score plus pending backoff is higher.
struct State {
    std::array<WordId, kMaxOrder - 1> words{};
    std::array<float, kMaxOrder - 1> backoffs{};
    float pending_backoff = 0;
    // Every backoff a query after this state owes when it finds no n-gram
    // longer than its word: the backoffs and the pending backoff, summed once
    // here rather than at each of the many such queries.
    float full_backoff = 0;
    int length = 0;
    // Where the bigrams after words[0] are in the model's filter (its unigram
    // entry's filter_segment); the empty segment when length is 0, which
    // rejects every word (nothing was seen after an unknown word).
    std::uint32_t filter_segment = 0;

    // Equal words: equal futures, up to the pending backoffs.
    bool operator==(const State& other) const {
        if (length != other.length) return false;
        for (int i = 0; i < length; ++i)
            if (words[i] != other.words[i]) return false;
        return true;
    }
};

// One query's answer from LanguageModel::score_all().
struct Answer {
    float log10_prob;
    // The word was never seen after the context's last word: its state is
    // LanguageModel::unigram_state(word), whatever the context.
    bool backed_off;
};

class LanguageModel {
public:
    static LanguageModel open(const std::filesystem::path& path);

    int order() const { return static_cast<int>(header_->order); }
    std::size_t vocabulary_size() const { return header_->vocabulary_size; }
    std::uint64_t ngram_count(int n) const { return header_->counts[n - 1]; }
    std::string_view provenance() const;
    std::size_t file_size() const { return file_.size(); }
    MappedFile::Loading loading() const { return file_.loading(); }

    // The id of a model word (lm_words.hpp), kUnknownId when unseen.
    WordId index(std::string_view word) const;
    std::string_view word(WordId id) const;
    // log10 p(word) as a unigram: how common a word is, context aside.
    float unigram_log_prob(WordId id) const { return unigrams_[id].log_prob; }
    // score() of a word the model never saw after `in`'s last word (the
    // filter's answer, Queries::passed): its unigram with every backoff of `in`.
    float backed_off_score(const State& in, WordId word) const { return unigrams_[word].log_prob + in.full_backoff; }
    // False only when the model has no bigram `context word` (its filter, ngram_filter.hpp).
    bool may_have_bigram(WordId context, WordId word) const;

    State begin_sentence() const;
    State null_context() const { return {}; }
    // log10 p(word | in), and the state after it.
    float score(const State& in, WordId word, State& out) const;
    // The state after a word that no n-gram joins to its context: the word
    // alone (nothing, for an unknown word).
    State unigram_state(WordId word) const {
        State state;
        if (word != kUnknownId) {
            state.words[0] = word;
            state.backoffs[0] = state.full_backoff = unigrams_[word].log_backoff;
            state.length = 1;
            state.filter_segment = unigrams_[word].filter_segment;
        }
        return state;
    }
    // score() of every word after every context, word-major:
    // answers[w * contexts.size() + c] and out[...] alike (fewer than 65 536
    // contexts and words). What a decoder needs for one position: each word is
    // hashed once, and every bucket the lookups read is requested before any
    // is read, so the cache misses overlap instead of coming one after
    // another. Most of a decoder's queries are of a word the model never saw
    // after the context's last word (the bigram filter tells, without a
    // lookup): such a query backs off to the word's unigram, its state is
    // unigram_state(word) whatever the context, so its answer says so and its
    // `out` is left as it was: a decoder merges those states without building
    // them.
    void score_all(std::span<const State> contexts, std::span<const WordId> words, std::span<Answer> answers,
                   std::span<State> out) const;

private:
    // The keys of the n-grams (n = 2, 3, …) ending in a word after a context,
    // longest last, and how many of them to look up: none when the filter
    // says the bigram is absent (no longer n-gram can be present then).
    struct ContextKeys {
        std::array<std::uint64_t, kMaxOrder - 1> keys;
        int lookups;
    };

public:
    // score_all() in three steps, each issuing the memory requests the next
    // one reads, with the work in flight kept here: a decoder that runs the
    // steps of two sentences' positions alternately has one sentence's
    // requests arrive while it works on the other's, instead of waiting for
    // them. Each step takes the same contexts and words.
    class Queries {
        friend class LanguageModel;
        struct Held {
            ContextKeys keys;
            std::uint32_t query;
            std::uint16_t context, word;
        };
        // Of every word: hash_last_word(), filter_slot_hash(), its filter
        // bits (filter_mask()), and what its filter word ANDed with them must
        // equal to pass: the bits themselves, or all ones (never) for an
        // unknown word.
        struct WordFilter {
            std::uint64_t hash, slot_hash, mask, passing;
        };
        std::vector<WordFilter> word_filters_;
        // The words' distinct spelling groups' slot hashes: the lines to request per context.
        std::vector<std::uint64_t> group_slot_hashes_;
        // Of every context: its segment's first word and size minus one (ngram_filter.hpp).
        struct ContextSegment {
            std::uint64_t begin, word_mask;
        };
        std::vector<ContextSegment> context_segments_;
        std::vector<std::uint8_t> passed_;  // of every query
        std::vector<Held> held_;                    // the queries the filter passes
        std::size_t count_ = 0;

    public:
        // After request_lookups(), per query: 1 when the filter passed it
        // (look_up() answers it), 0 when it backs off to its word's unigram
        // (backed_off_score(), its state unigram_state(word)), which a caller
        // works out without a call per query.
        std::span<const std::uint8_t> passed(std::size_t queries) const { return {passed_.data(), queries}; }
    };
    // Hashes every word and requests the filter's lines the queries read
    // (one per context and spelling group of the words: usually one).
    void request_filter(std::span<const State> contexts, std::span<const WordId> words, Queries& queries) const;
    // Tests the filter (Queries::passed); requests the table lines of the queries it passes.
    void request_lookups(std::span<const State> contexts, std::span<const WordId> words, Queries& queries) const;
    // Answers the queries the filter passed (answers[q] and out[q] of those
    // only; answers[q].backed_off is false), and writes their states.
    void look_up(std::span<const State> contexts, std::span<const WordId> words, std::span<Answer> answers,
                 std::span<State> out, Queries& queries) const;

private:

    explicit LanguageModel(MappedFile file);
    const ProbingEntry* find(int n, std::uint64_t key) const;
    bool bigram_passes_filter(std::uint32_t segment, WordId word) const;
    void hash_keys(const State& in, std::uint64_t bigram_hash, ContextKeys& keys) const;
    float backed_off_score(const State& in, int matched, float log_prob) const;
    // kMaxContext: max_context_ when known at compile time, else 0.
    template <int kMaxContext>
    float score_with_keys(const State& in, WordId word, const ContextKeys& keys, State& next) const;
    template <int kMaxContext>
    void look_up_held(std::span<const State> contexts, std::span<const WordId> words, std::span<Answer> answers,
                      std::span<State> out, const Queries& queries) const;

    MappedFile file_;
    const Header* header_ = nullptr;
    const VocabEntry* vocabulary_hash_ = nullptr;
    const std::uint32_t* word_offsets_ = nullptr;
    const char* word_blob_ = nullptr;
    const UnigramEntry* unigrams_ = nullptr;
    // What the header says, copied where the query loops read it.
    int max_context_ = 0;
    std::array<std::uint64_t, kMaxOrder> buckets_{};
    std::array<const ProbingEntry*, kMaxOrder> tables_{};
    std::array<unsigned, kMaxOrder> check_shifts_{};
    const std::uint64_t* bigram_filter_ = nullptr;
    std::array<LinearQuantizer, kMaxOrder> prob_quantizers_{}, backoff_quantizers_{};
};

}  // namespace vbtrack::lm
