// Keys of the probing hash tables. An n-gram is hashed from its last word
// backwards, so a query extends the key one context word at a time while it
// walks from short to long n-grams, as KenLM's probing search does.
#pragma once

#include <cstdint>
#include <string_view>

#include "normalizers/lm/ngram.hpp"

namespace vbtrack::lm {

inline std::uint64_t mix64(std::uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

inline std::uint64_t hash_last_word(WordId word) { return mix64(word + 0x9E3779B97F4A7C15ULL); }
// One 64×64→128-bit multiply, its halves folded (wyhash's "mum"): mixes the
// word into the key as well as two rounds of mix64 at a third of the
// instructions, and a decoder extends a key for every query.
inline std::uint64_t hash_extend(std::uint64_t key, WordId earlier_word) {
    const unsigned __int128 product =
        static_cast<unsigned __int128>(key ^ 0xa0761d6478bd642fULL) * ((earlier_word + 1ULL) ^ 0xe7037ed1a0b428dbULL);
    return static_cast<std::uint64_t>(product) ^ static_cast<std::uint64_t>(product >> 64);
}
// 0 marks an empty bucket, so no stored key may be 0.
inline std::uint64_t stored_key(std::uint64_t key) { return key ? key : 1; }

inline std::uint64_t ngram_key(const NgramWords& words, int n) {
    std::uint64_t key = hash_last_word(words[n - 1]);
    for (int i = n - 2; i >= 0; --i) key = hash_extend(key, words[i]);
    return stored_key(key);
}

inline std::uint64_t word_key(std::string_view word) {
    std::uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a, then mixed
    for (char c : word) h = (h ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
    return stored_key(mix64(h));
}

// What an n-gram table's entry keeps of its key: 32 bits from `shift` bits
// up. The home bucket comes from the key's top bits, so the check adds what
// the bucket does not tell; a probe of an absent n-gram matches a stored
// check by chance once in ~2^32 buckets read. 0 marks an empty bucket.
inline std::uint32_t key_check(std::uint64_t key, unsigned shift) {
    const auto check = static_cast<std::uint32_t>(key >> shift);
    return check ? check : 1;
}

// The home bucket of a key in a table of `buckets` buckets (no modulo: a
// multiply-high maps the key onto [0, buckets)).
inline std::uint64_t home_bucket(std::uint64_t key, std::uint64_t buckets) {
    return static_cast<std::uint64_t>((static_cast<unsigned __int128>(key) * buckets) >> 64);
}

}  // namespace vbtrack::lm
