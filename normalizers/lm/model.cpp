#include "normalizers/lm/model.hpp"

#include <algorithm>
#include <cstring>

#include "normalizers/lm/ngram_filter.hpp"
#include "normalizers/lm/ngram_hash.hpp"

namespace vbtrack::lm {

LanguageModel LanguageModel::open(const std::filesystem::path& path) {
    MappedFile file(path);
    const auto rebuild = " (rebuild it with `vbtrack lm build`)";
    if (file.size() < sizeof(Header) || std::memcmp(file.data(), kMagic, sizeof kMagic) != 0)
        throw ModelFileError(path.string() + " is not a vbtrack language model" + rebuild);
    const auto* header = reinterpret_cast<const Header*>(file.data());
    if (header->version != kFormatVersion)
        throw ModelFileError(path.string() + " was built by " + (header->version < kFormatVersion ? "an older" : "a newer") +
                             " vbtrack (model format " + std::to_string(header->version) + "; this one reads format " +
                             std::to_string(kFormatVersion) + "): rebuild it with this vbtrack, `vbtrack lm build " +
                             "--corpus DIR... --out " + path.string() + "` (the build tree's own model is rebuilt by " +
                             "`cmake --build BUILD_DIR`)");
    if (header->file_size != file.size() || header->order < 2 || header->order > kMaxOrder)
        throw ModelFileError(path.string() + " is truncated or corrupt" + rebuild);
    return LanguageModel(std::move(file));
}

LanguageModel::LanguageModel(MappedFile file) : file_(std::move(file)) {
    const char* base = file_.data();
    header_ = reinterpret_cast<const Header*>(base);
    vocabulary_hash_ = reinterpret_cast<const VocabEntry*>(base + header_->vocabulary_hash_offset);
    word_offsets_ = reinterpret_cast<const std::uint32_t*>(base + header_->word_offsets_offset);
    word_blob_ = base + header_->word_blob_offset;
    unigrams_ = reinterpret_cast<const UnigramEntry*>(base + header_->unigrams_offset);
    max_context_ = order() - 1;
    for (int n = 2; n <= order(); ++n) {
        buckets_[n - 1] = header_->buckets[n - 1];
        tables_[n - 1] = reinterpret_cast<const ProbingEntry*>(base + header_->table_offsets[n - 1]);
        check_shifts_[n - 1] = header_->check_shifts[n - 1];
        prob_quantizers_[n - 1] = {header_->prob_min[n - 1], header_->prob_max[n - 1]};
        backoff_quantizers_[n - 1] = {header_->backoff_min[n - 1], header_->backoff_max[n - 1], kBackoffBits};
    }
    bigram_filter_ = reinterpret_cast<const std::uint64_t*>(base + header_->bigram_filter_offset);
}

std::string_view LanguageModel::provenance() const {
    return {file_.data() + header_->provenance_offset, header_->provenance_size};
}

WordId LanguageModel::index(std::string_view word) const {
    const std::uint64_t key = word_key(word);
    const std::uint64_t buckets = header_->buckets[0];
    for (std::uint64_t b = home_bucket(key, buckets);; b = b + 1 == buckets ? 0 : b + 1) {
        if (vocabulary_hash_[b].key == key) return vocabulary_hash_[b].id;
        if (vocabulary_hash_[b].key == 0) return kUnknownId;
    }
}

std::string_view LanguageModel::word(WordId id) const {
    return {word_blob_ + word_offsets_[id], word_offsets_[id + 1] - word_offsets_[id]};
}

[[gnu::always_inline]] inline const ProbingEntry* LanguageModel::find(int n, std::uint64_t key) const {
    const ProbingEntry* table = tables_[n - 1];
    const std::uint64_t buckets = buckets_[n - 1];
    const std::uint32_t check = key_check(key, check_shifts_[n - 1]);
    for (std::uint64_t b = home_bucket(key, buckets);; b = b + 1 == buckets ? 0 : b + 1) {
        if (table[b].check == check) return &table[b];
        if (table[b].check == 0) return nullptr;
    }
}

// Whether the model may have a bigram of `word` after the context word whose
// filter segment is `segment` (ngram_filter.hpp).
bool LanguageModel::bigram_passes_filter(std::uint32_t segment, WordId word) const {
    const std::uint64_t word_hash = hash_last_word(word), mask = filter_mask(word_hash);
    const std::uint64_t slot = filter_slot(segment, filter_slot_hash(word_hash, unigrams_[word].spelling_group));
    // An unknown word was never seen after anything.
    return word != kUnknownId && (bigram_filter_[slot] & mask) == mask;
}

bool LanguageModel::may_have_bigram(WordId context, WordId word) const {
    return bigram_passes_filter(unigrams_[context].filter_segment, word);
}

State LanguageModel::begin_sentence() const {
    State state;
    state.words[0] = kSentenceBeginId;
    state.backoffs[0] = state.full_backoff = unigrams_[kSentenceBeginId].log_backoff;
    state.length = 1;
    state.filter_segment = unigrams_[kSentenceBeginId].filter_segment;
    return state;
}

// The keys to look up after a bigram the filter passed, and every bucket the
// lookups will read requested. Inlined into the query loops: a call per query
// costs more than the hashing.
[[gnu::always_inline]] inline void LanguageModel::hash_keys(const State& in, std::uint64_t bigram_hash, ContextKeys& keys) const {
    keys.lookups = std::min(in.length, max_context_);
    std::uint64_t key = bigram_hash;
    for (int i = 0; i < keys.lookups; ++i) {
        if (i > 0) key = hash_extend(key, in.words[i]);
        keys.keys[i] = stored_key(key);
        const int n = i + 2;
        const ProbingEntry* home = &tables_[n - 1][home_bucket(keys.keys[i], buckets_[n - 1])];
        __builtin_prefetch(home);
        // A lookup that fails reads ~1.6 entries from home: when they run into the next cache line, request it too.
        __builtin_prefetch(home + 2);
    }
}

// The score of a word after `in` from the longest n-gram of it found
// (`log_prob`, covering `matched` of `in`'s words; its unigram when none):
// the backoffs of `in`'s longer contexts added.
[[gnu::always_inline]] inline float LanguageModel::backed_off_score(const State& in, int matched, float log_prob) const {
    if (matched == 0) return log_prob + in.full_backoff;
    for (int i = matched; i < in.length; ++i) log_prob += in.backoffs[i];
    return log_prob + in.pending_backoff;
}

// Writes the state straight into `next` (not `in`): a state built on the stack
// field by field and then copied whole was read back before its stores had
// landed, which stalls the load (failed store forwarding).
template <int kMaxContext>
[[gnu::always_inline]] inline float LanguageModel::score_with_keys(const State& in, WordId word, const ContextKeys& keys, State& next) const {
    const int max_context = kMaxContext > 0 ? kMaxContext : max_context_;
    float log_prob = unigrams_[word].log_prob;
    // unigram_state(word), field by field (words past the length are never read).
    next.words[0] = word;
    next.backoffs[0] = unigrams_[word].log_backoff;
    next.length = word != kUnknownId;
    // <unk> has no successors (it never occurs in training text): its segment is the empty one.
    next.filter_segment = unigrams_[word].filter_segment;
    next.pending_backoff = 0;
    int matched = 0;  // context words the longest found n-gram covers
    for (int i = 0; i < keys.lookups && i < max_context; ++i) {
        const int n = i + 2;
        const ProbingEntry* entry = find(n, keys.keys[i]);
        if (!entry) break;
        log_prob = prob_quantizers_[n - 1].decode(entry->prob);
        matched = i + 1;
        if (n > max_context) continue;
        const float backoff = backoff_quantizers_[n - 1].decode(entry->backoff & (kExtendsBit - 1));
        if (next.length == n - 1 && (entry->backoff & kExtendsBit)) {
            next.words[i + 1] = in.words[i];
            next.backoffs[i + 1] = backoff;
            next.length = n;
        } else {
            // No n-gram extends it (nor, then, any longer one): the next query
            // backs off from it whatever its word.
            next.pending_backoff += backoff;
        }
    }
    next.full_backoff = next.pending_backoff;
    for (int i = 0; i < next.length && i < max_context; ++i) next.full_backoff += next.backoffs[i];
    // Back off from every longer context the history had.
    return backed_off_score(in, matched, log_prob);
}

float LanguageModel::score(const State& in, WordId word, State& out) const {
    ContextKeys keys;
    keys.lookups = 0;
    if (bigram_passes_filter(in.filter_segment, word)) hash_keys(in, hash_extend(hash_last_word(word), in.words[0]), keys);
    State next;  // `out` may be `in`
    const float log_prob = score_with_keys<0>(in, word, keys, next);
    out = next;
    return log_prob;
}

void LanguageModel::score_all(std::span<const State> contexts, std::span<const WordId> words,
                              std::span<Answer> answers, std::span<State> out) const {
    Queries queries;
    request_filter(contexts, words, queries);
    request_lookups(contexts, words, queries);
    const std::span<const std::uint8_t> passed = queries.passed(answers.size());
    for (std::size_t w = 0, q = 0; w < words.size(); ++w)
        for (std::size_t c = 0; c < contexts.size(); ++c, ++q)
            if (!passed[q]) answers[q] = {backed_off_score(contexts[c], words[w]), true};
    look_up(contexts, words, answers, out, queries);
}

void LanguageModel::request_filter(std::span<const State> contexts, std::span<const WordId> words, Queries& queries) const {
    // Grown, never shrunk: no allocation once it fits the widest position.
    if (queries.word_filters_.size() < words.size()) queries.word_filters_.resize(words.size());
    Queries::WordFilter* filters = queries.word_filters_.data();
    std::vector<std::uint64_t>& groups = queries.group_slot_hashes_;
    groups.clear();
    for (std::size_t w = 0; w < words.size(); ++w) {
        const std::uint64_t hash = hash_last_word(words[w]), mask = filter_mask(hash);
        const std::uint64_t slot_hash = filter_slot_hash(hash, unigrams_[words[w]].spelling_group);
        filters[w] = {hash, slot_hash, mask, words[w] != kUnknownId ? mask : ~std::uint64_t{0}};
        // The line's bits only (a word's own are below 8).
        if (std::find(groups.begin(), groups.end(), slot_hash & ~std::uint64_t{7}) == groups.end())
            groups.push_back(slot_hash & ~std::uint64_t{7});
    }
    if (queries.context_segments_.size() < contexts.size()) queries.context_segments_.resize(contexts.size());
    Queries::ContextSegment* segments = queries.context_segments_.data();
    for (std::size_t c = 0; c < contexts.size(); ++c) {
        const std::uint32_t segment = contexts[c].filter_segment;
        const std::uint64_t begin = segment_begin(segment), word_mask = segment_word_mask(segment);
        segments[c] = {begin, word_mask};
        // A segment of ≤ 8 words is one line (binary_format.cpp): every group's line is its first.
        for (const std::uint64_t group : groups) __builtin_prefetch(&bigram_filter_[begin + (group & word_mask)]);
    }
}

void LanguageModel::request_lookups(std::span<const State> contexts, std::span<const WordId> words, Queries& queries) const {
    const std::size_t width = contexts.size(), total = width * words.size();
    if (queries.held_.size() < total) queries.held_.resize(total), queries.passed_.resize(total);
    // The test makes no branch: every query is written as held, and kept
    // held only when the filter passes it (a branch on it, in no order a
    // predictor learns, was mispredicted often).
    Queries::Held* held = queries.held_.data();
    std::uint8_t* passed = queries.passed_.data();
    const Queries::WordFilter* filters = queries.word_filters_.data();
    const Queries::ContextSegment* segments = queries.context_segments_.data();
    std::size_t count = 0;
    for (std::size_t w = 0, q = 0; w < words.size(); ++w) {
        const Queries::WordFilter filter = filters[w];
        for (std::size_t c = 0; c < width; ++c, ++q) {
            Queries::Held& h = held[count];
            h.query = static_cast<std::uint32_t>(q);
            h.context = static_cast<std::uint16_t>(c), h.word = static_cast<std::uint16_t>(w);
            const std::uint64_t slot = segments[c].begin + (filter.slot_hash & segments[c].word_mask);
            const bool may = (bigram_filter_[slot] & filter.mask) == filter.passing;
            passed[q] = may;
            count += may;
        }
    }
    // The held queries' keys, and their buckets requested.
    for (std::size_t i = 0; i < count; ++i) {
        const State& context = contexts[held[i].context];
        hash_keys(context, hash_extend(filters[held[i].word].hash, context.words[0]), held[i].keys);
    }
    queries.count_ = count;
}

template <int kMaxContext>
void LanguageModel::look_up_held(std::span<const State> contexts, std::span<const WordId> words, std::span<Answer> answers,
                                 std::span<State> out, const Queries& queries) const {
    for (std::size_t i = 0; i < queries.count_; ++i) {
        const Queries::Held& h = queries.held_[i];
        answers[h.query] = {score_with_keys<kMaxContext>(contexts[h.context], words[h.word], h.keys, out[h.query]), false};
    }
}

void LanguageModel::look_up(std::span<const State> contexts, std::span<const WordId> words, std::span<Answer> answers,
                            std::span<State> out, Queries& queries) const {
    // The default order (3) with its bounds known, so that the query's loops
    // unroll: 18 % fewer instructions in the lookups.
    if (max_context_ == 2)
        look_up_held<2>(contexts, words, answers, out, queries);
    else
        look_up_held<0>(contexts, words, answers, out, queries);
}

}  // namespace vbtrack::lm
