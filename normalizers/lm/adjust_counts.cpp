#include "normalizers/lm/adjust_counts.hpp"

#include <algorithm>

namespace vbtrack::lm {

Discount discount_from_counts_of_counts(const std::array<std::uint64_t, 5>& n) {
    Discount d;
    if (n[1] == 0 || n[2] == 0 || n[3] == 0 || n[4] == 0) return d;
    const double y = static_cast<double>(n[1]) / (n[1] + 2.0 * n[2]);
    for (int k = 1; k <= 3; ++k) {
        const double value = k - (k + 1) * y * static_cast<double>(n[k + 1]) / n[k];
        // Outside (0, k) the estimate is meaningless; keep the fallback.
        if (value > 0 && value < k) d.amount[k] = value;
    }
    return d;
}

std::vector<Discount> adjust_counts(CorpusCounts& counts) {
    const int order = counts.order;
    for (int n = 1; n < order; ++n) {
        // Distinct left extensions: the suffixes of the unique (n+1)-grams, counted.
        std::vector<NgramWords> suffixes;
        suffixes.reserve(counts.ngrams[n].size());
        for (const auto& longer : counts.ngrams[n]) suffixes.push_back(suffix_of(longer.words, n + 1));
        std::sort(suffixes.begin(), suffixes.end());
        auto next = suffixes.begin();
        for (auto& gram : counts.ngrams[n - 1]) {
            next = std::lower_bound(next, suffixes.end(), gram.words);
            auto stop = next;
            while (stop != suffixes.end() && *stop == gram.words) ++stop;
            if (gram.words[0] != kSentenceBeginId) gram.count = static_cast<std::uint64_t>(stop - next);
            next = stop;
        }
    }
    std::vector<Discount> discounts;
    for (int n = 1; n <= order; ++n) {
        std::array<std::uint64_t, 5> counts_of_counts{};
        for (const auto& gram : counts.ngrams[n - 1])
            if (gram.count >= 1 && gram.count <= 4 && gram.words[0] != kSentenceBeginId) ++counts_of_counts[gram.count];
        discounts.push_back(discount_from_counts_of_counts(counts_of_counts));
    }
    return discounts;
}

}  // namespace vbtrack::lm
