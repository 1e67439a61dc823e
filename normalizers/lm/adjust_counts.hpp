// Build pass 2 (as KenLM's adjust_counts): Kneser-Ney counts and the modified
// Kneser-Ney discounts (Chen & Goodman 1998). Below the highest order an
// n-gram's count becomes the number of distinct words seen before it, since
// a lower order is only consulted when the longer context was not seen;
// n-grams that begin with <s> keep their raw counts (nothing precedes <s>).
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "normalizers/lm/ngram.hpp"

namespace vbtrack::lm {

// D1, D2, D3+ of one order.
struct Discount {
    std::array<double, 4> amount{0, 0.5, 1.0, 1.5};
    double for_count(std::uint64_t count) const { return amount[count >= 3 ? 3 : count]; }
};

// Replaces counts in place; returns the discounts, one per order.
std::vector<Discount> adjust_counts(CorpusCounts& counts);

// The discounts from the counts-of-counts n1..n4 of one order; falls back to
// fixed values where the counts are too few to estimate them (tiny corpora).
Discount discount_from_counts_of_counts(const std::array<std::uint64_t, 5>& n);

}  // namespace vbtrack::lm
