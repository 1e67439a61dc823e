// A Bloom filter over the bigram table's keys, stored in the model file: it
// answers "this bigram is absent" without touching the table. Two thirds of a
// decoder's bigram queries are for pairs the model never saw (a wrong
// candidate after a good context); each of them cost a probe into a 30 MB
// table, a cache miss. The filter is ~1/16 of the model (2.4 MB for 1.6 M
// bigrams), mostly in the L2 cache, and one query reads one 64-bit word of it
// ("register-blocked": every bit of a key falls in one word). A present
// bigram always passes; an absent one passes about once in 100 (12 bits per
// key, 4 bits set; 8 bits let 3 in 100 pass and decoded 1-2 % slower), and is
// then looked up as before.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

namespace vbtrack::lm {

inline constexpr std::uint64_t kFilterBitsPerKey = 12;

inline std::uint64_t filter_words_for(std::uint64_t keys) { return keys * kFilterBitsPerKey / 64 + 1; }

// A key is rehashed (an odd multiply) so that the filter's bits do not follow
// the table's home bucket (top bits) or check (low bits) of the key.
inline std::uint64_t filter_hash(std::uint64_t key) { return key * 0x9E3779B97F4A7C15ULL; }

// The word a key's bits fall in, out of `words` (a multiply-high: no modulo).
inline std::uint64_t filter_word(std::uint64_t key, std::uint64_t words) {
    return static_cast<std::uint64_t>((static_cast<unsigned __int128>(filter_hash(key)) * words) >> 64);
}

// Two bits of a word: bit (i mod 64) and bit (i / 64), for i < 4096. A table
// lookup costs less than two variable shifts (x86-64 without BMI2).
inline constexpr auto kFilterBitPairs = [] {
    std::array<std::uint64_t, 4096> pairs{};
    for (std::size_t i = 0; i < pairs.size(); ++i) pairs[i] = (1ULL << (i & 63)) | (1ULL << (i >> 6));
    return pairs;
}();

// The key's 4 bits in its word, 6 bits of the rehashed key each (the low
// bits, which the word's index, from the top bits, leaves independent).
inline std::uint64_t filter_mask(std::uint64_t key) {
    const std::uint64_t h = filter_hash(key);
    return kFilterBitPairs[h & 4095] | kFilterBitPairs[(h >> 12) & 4095];
}

}  // namespace vbtrack::lm
