#include "normalizers/lm/interpolate.hpp"

#include <algorithm>
#include <cmath>

namespace vbtrack::lm {
namespace {

constexpr float kLogZero = -99.0f;  // log10 of a probability that is never used (<s>)

struct ContextStats {
    double total = 0;
    double gamma = 0;
};

template <class It>
ContextStats context_stats(It begin, It end, const Discount& discount) {
    ContextStats stats;
    double discounted = 0;
    for (It it = begin; it != end; ++it) {
        stats.total += static_cast<double>(it->count);
        discounted += discount.for_count(it->count);
    }
    stats.gamma = stats.total > 0 ? discounted / stats.total : 1.0;
    return stats;
}

bool same_context(const NgramWords& a, const NgramWords& b, int n) {
    return std::equal(a.begin(), a.begin() + n - 1, b.begin());
}

}  // namespace

const ModelNgram* find_ngram(const std::vector<ModelNgram>& order_ngrams, const NgramWords& words) {
    auto it = std::lower_bound(order_ngrams.begin(), order_ngrams.end(), words,
                               [](const ModelNgram& g, const NgramWords& w) { return g.words < w; });
    return it != order_ngrams.end() && it->words == words ? &*it : nullptr;
}

ModelNgrams interpolate(const CorpusCounts& adjusted, const std::vector<Discount>& discounts) {
    ModelNgrams model(adjusted.order);

    // Unigrams, interpolated with the uniform distribution over the vocabulary
    // (<s> excluded: it is never predicted).
    const auto& unigram_counts = adjusted.ngrams[0];
    std::vector<CountedNgram> predictable;
    for (const auto& g : unigram_counts)
        if (g.words[0] != kSentenceBeginId) predictable.push_back(g);
    const ContextStats unigram_stats = context_stats(predictable.begin(), predictable.end(), discounts[0]);
    const double uniform = 1.0 / static_cast<double>(predictable.size());
    for (const auto& g : unigram_counts) {
        ModelNgram out{g.words, kLogZero, 0, g.count};
        if (g.words[0] != kSentenceBeginId) {
            const double c = static_cast<double>(g.count);
            const double p = std::max(0.0, c - discounts[0].for_count(g.count)) / unigram_stats.total +
                             unigram_stats.gamma * uniform;
            out.log_prob = static_cast<float>(std::log10(p));
        }
        model[0].push_back(out);
    }

    for (int n = 2; n <= adjusted.order; ++n) {
        const auto& grams = adjusted.ngrams[n - 1];
        const Discount& discount = discounts[n - 1];
        auto& out = model[n - 1];
        out.reserve(grams.size());
        for (auto begin = grams.begin(); begin != grams.end();) {
            auto end = begin;
            while (end != grams.end() && same_context(end->words, begin->words, n)) ++end;
            const ContextStats stats = context_stats(begin, end, discount);
            for (auto it = begin; it != end; ++it) {
                const ModelNgram* lower = find_ngram(model[n - 2], suffix_of(it->words, n));
                const double lower_p = lower ? std::pow(10.0, lower->log_prob) : 0.0;
                const double c = static_cast<double>(it->count);
                const double p = std::max(0.0, c - discount.for_count(it->count)) / stats.total + stats.gamma * lower_p;
                out.push_back({it->words, static_cast<float>(std::log10(p)), 0, it->count});
            }
            // The context's backoff lives on the context as an (n-1)-gram.
            auto context = std::lower_bound(model[n - 2].begin(), model[n - 2].end(), prefix_of(begin->words, n),
                                            [](const ModelNgram& g, const NgramWords& w) { return g.words < w; });
            if (context != model[n - 2].end() && context->words == prefix_of(begin->words, n))
                context->log_backoff = static_cast<float>(std::log10(stats.gamma));
            begin = end;
        }
    }
    return model;
}

}  // namespace vbtrack::lm
