// The model file (as KenLM's binary_format): one header, then sections at
// 8-byte-aligned offsets, read in place through mmap, so loading costs a
// header check however large the model.
//
//   Header
//   vocabulary hash   VocabEntry[buckets[0]]        word → id (probing, hashed string)
//   word offsets      uint32[vocabulary_size + 1]   id → word, into the blob
//   word blob         the words, back to back
//   unigrams          UnigramEntry[vocabulary_size] indexed by id: float values, filter segment, spelling group
//   order n tables    ProbingEntry[buckets[n-1]]    n = 2..order, quantized values
//   bigram filter     uint64[bigram_filter_words]   Bloom filter of the bigrams, a segment per
//                                                   context word (ngram_filter.hpp), 64-byte aligned
//   provenance        UTF-8: what the model was trained on
//
// Values are host-endian (the file is built where it is used, like KenLM's).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "normalizers/lm/ngram.hpp"

namespace vbtrack::lm {

inline constexpr char kMagic[8] = {'V', 'B', 'T', 'L', 'M', 0, 0, 0};
// 2: n-grams below the highest order carry the "extends" bit, backoffs 15 bits.
// 3: 8-byte n-gram entries with a 32-bit key check instead of the 64-bit key.
// 4: a Bloom filter of the bigram keys.
// 5: n-gram keys extended by a folded 128-bit multiply (ngram_hash.hpp).
// 6: never released (session 5's dropped filter of context base forms); skipped so that its files are refused.
// 7: the bigram filter blocked by context word, its segment's place and the
//    word's spelling group in the unigram entries (16 bytes).
inline constexpr std::uint32_t kFormatVersion = 7;
// Buckets per entry: a lookup that fails (two thirds of the decoder's) reads
// ~1.6 buckets on average at 3 (linear probing), ~2.5 at 2, ~5 at 1.5. With
// 8-byte entries, 3 costs the size 2 did with 12-byte ones and decodes ~9 %
// faster than 2 (bench/lm_README.md).
inline constexpr double kBucketsPerEntry = 3.0;

struct Header {
    char magic[8];
    std::uint32_t version;
    std::uint32_t order;
    std::uint64_t vocabulary_size;
    std::uint64_t counts[kMaxOrder];   // n-grams per order
    std::uint64_t buckets[kMaxOrder];  // [0]: vocabulary hash; [n-1]: order n table
    std::uint32_t check_shifts[kMaxOrder];  // [n-1]: the order n table's key_check() shift
    float prob_min[kMaxOrder], prob_max[kMaxOrder];
    float backoff_min[kMaxOrder], backoff_max[kMaxOrder];
    std::uint64_t vocabulary_hash_offset, word_offsets_offset, word_blob_offset, unigrams_offset;
    std::uint64_t table_offsets[kMaxOrder];
    std::uint64_t bigram_filter_offset, bigram_filter_words;
    std::uint64_t provenance_offset, provenance_size;
    std::uint64_t file_size;
};

struct VocabEntry {
    std::uint64_t key;  // word_key(word); 0 = empty
    std::uint32_t id;
    std::uint32_t unused;
};

struct UnigramEntry {
    float log_prob;
    float log_backoff;
    // Where the word's successors are in the bigram filter (ngram_filter.hpp:
    // filter_segment()): read with the word's other values when a state
    // ending in it is made, so a query after it finds its filter words without
    // another memory access.
    std::uint32_t filter_segment;
    // spelling_group_hash() of the word: which line of a context's segment
    // its bits go to, the same for all its spellings.
    std::uint32_t spelling_group;
};
static_assert(sizeof(UnigramEntry) == 16);  // never straddles a cache line

// `backoff`: the quantized backoff in its low 15 bits, and kExtendsBit when
// some n-gram one word longer has this one as its context (KenLM's
// "extends"). A query of any word after an n-gram without it cannot find a
// longer n-gram, so a decoder state that ends in such an n-gram needs only
// its last words (model.hpp, State), and more hypotheses share a state.
inline constexpr int kBackoffBits = 15;
inline constexpr std::uint16_t kExtendsBit = 1u << kBackoffBits;

// 8 bytes: a failed lookup (~2.5 entries) mostly stays in one cache line.
struct ProbingEntry {
    std::uint32_t check;  // key_check(ngram_key(words), the table's shift); 0 = empty
    std::uint16_t prob;
    std::uint16_t backoff;  // quantized backoff | kExtendsBit; 0 in the highest order
};
static_assert(sizeof(ProbingEntry) == 8);

// Writes `model` (orders 1..N, sorted) with its vocabulary to `path`.
void write_binary(const std::filesystem::path& path, const std::vector<std::string>& vocabulary,
                  const ModelNgrams& model, const std::string& provenance);

}  // namespace vbtrack::lm
