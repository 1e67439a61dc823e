// The n-gram types the build passes hand to one another.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace vbtrack::lm {

using WordId = std::uint32_t;
inline constexpr int kMaxOrder = 4;

// Fixed ids: the build assigns them first, the model file keeps them.
inline constexpr WordId kUnknownId = 0;
inline constexpr WordId kSentenceBeginId = 1;
inline constexpr WordId kSentenceEndId = 2;

// The words of one n-gram in reading order; slots past its order stay 0, so
// sorting whole arrays sorts n-grams of one order lexicographically.
using NgramWords = std::array<WordId, kMaxOrder>;

struct CountedNgram {
    NgramWords words{};
    std::uint64_t count = 0;
};

struct CorpusCounts {
    int order = 3;
    std::vector<std::string> vocabulary;            // id → word
    std::vector<std::vector<CountedNgram>> ngrams;  // ngrams[n - 1]: sorted, unique
    std::uint64_t tokens = 0;                       // words counted, sentence markers excluded
    std::uint64_t sentences = 0;
};

// An n-gram of the finished model: log10 probabilities, as in ARPA files.
struct ModelNgram {
    NgramWords words{};
    float log_prob = 0;
    float log_backoff = 0;  // 0 when the n-gram never serves as a context
    std::uint64_t count = 0;  // adjusted (Kneser-Ney) count, for pruning
};

using ModelNgrams = std::vector<std::vector<ModelNgram>>;  // [n - 1]: sorted by words

inline bool words_less(const NgramWords& a, const NgramWords& b) { return a < b; }

// The (n-1)-gram without the first word / without the last word of an n-gram.
inline NgramWords suffix_of(const NgramWords& words, int n) {
    NgramWords out{};
    for (int i = 1; i < n; ++i) out[i - 1] = words[i];
    return out;
}
inline NgramWords prefix_of(const NgramWords& words, int n) {
    NgramWords out = words;
    out[n - 1] = 0;
    return out;
}

}  // namespace vbtrack::lm
