// A Bloom filter over the bigram table's keys, stored in the model file: it
// answers "this bigram is absent" without touching the table. Two thirds of a
// decoder's bigram queries are for pairs the model never saw (a wrong
// candidate after a good context); each of them would cost a probe into a
// 30 MB table, a cache miss.
//
// Blocked by context word (model format 7): each word's bigram successors
// have their own segment of the filter, a power of two of 64-bit words sized
// by how many successors it has, and a query reads one word of its context's
// segment ("register-blocked": every bit of a key falls in that word). The
// word is picked by filter_slot_hash(): its line in the segment by the
// candidate's spelling group (spelling_group.hpp), its word in the line by
// the candidate's own hash. A decoder asks a context about all of a
// position's ≤ 8 candidates, the spellings of one syllable, so they read one
// cache line, whatever the segment's size, where the filter of session 4 read
// one line per query (segments of ≤ 8 words never straddle a line). The
// segment's place is kept in the context word's unigram entry and from there
// in every state ending in that word (State::filter_segment), so finding it
// costs no extra memory access.
//
// A present bigram always passes; an absent one passes 3-4 times in 1 000
// (the test model of lm_model_test.cpp: 0.31 %, 0.44 % expected from its
// segments' loads): 12 bits per key, rounded up to a power of two of words per
// segment (20.8 bits a key on the held-out model, 4.1 MB), 4 bits set. 8 bits
// (15.1 a key, 3.0 MB; 1.7 % passing on the test model) decoded as fast on the
// laws, Wikipedia and administrative text and 2-3 % slower on the development
// documents (bench/lm_README.md, session 7).
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>

namespace vbtrack::lm {

inline constexpr std::uint64_t kFilterBitsPerKey = 12;
// The first cache line of the filter is left empty: the segment of a word
// without successors (and of the empty state) is its first word, which
// rejects every query.
inline constexpr std::uint64_t kFilterEmptyWords = 8;

// A segment's place packed in 32 bits: its first word's index from bit 5 up,
// log2 of its size in words below.
inline constexpr unsigned kSegmentSizeBits = 5;
inline constexpr std::uint64_t kMaxFilterWords = std::uint64_t{1} << (32 - kSegmentSizeBits);

inline std::uint32_t filter_segment(std::uint64_t begin, unsigned log2_words) {
    return static_cast<std::uint32_t>(begin << kSegmentSizeBits | log2_words);
}
inline std::uint64_t segment_begin(std::uint32_t segment) { return segment >> kSegmentSizeBits; }
// The segment's size in words, minus one: a mask of a hash's low bits picks a word in it.
inline std::uint64_t segment_word_mask(std::uint32_t segment) {
    return (std::uint64_t{1} << (segment & ((1u << kSegmentSizeBits) - 1))) - 1;
}

// log2 of the words a context with `successors` bigrams gets (≥ 1 successor).
inline unsigned segment_log2_words(std::uint64_t successors) {
    const std::uint64_t words = (successors * kFilterBitsPerKey + 63) / 64;
    return static_cast<unsigned>(std::bit_width(words - 1));
}

// Two bits of a word: bit (i mod 64) and bit (i / 64), for i < 4096. A table
// lookup costs less than two variable shifts (x86-64 without BMI2).
inline constexpr auto kFilterBitPairs = [] {
    std::array<std::uint64_t, 4096> pairs{};
    for (std::size_t i = 0; i < pairs.size(); ++i) pairs[i] = (1ULL << (i & 63)) | (1ULL << (i >> 6));
    return pairs;
}();

// A successor's 4 bits in its word, 6 bits each from the top of its word
// hash (hash_last_word), which filter_slot_hash() leaves independent.
inline std::uint64_t filter_mask(std::uint64_t word_hash) {
    return kFilterBitPairs[word_hash >> 52] | kFilterBitPairs[(word_hash >> 40) & 4095];
}

// Where a successor falls in a segment, masked by its size: the word in a
// line from the low bits of its word hash, the line from its spelling group
// (UnigramEntry::spelling_group).
inline std::uint64_t filter_slot_hash(std::uint64_t word_hash, std::uint32_t spelling_group) {
    return std::uint64_t{spelling_group} << 3 | (word_hash & 7);
}

// The index of the filter word a successor's bits fall in.
inline std::uint64_t filter_slot(std::uint32_t segment, std::uint64_t slot_hash) {
    return segment_begin(segment) + (slot_hash & segment_word_mask(segment));
}

}  // namespace vbtrack::lm
