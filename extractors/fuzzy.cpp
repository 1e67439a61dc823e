#include "extractors/fuzzy.hpp"

#include <vector>

namespace vbtrack {

std::optional<FuzzyMatch> find_fuzzy(std::string_view text, std::string_view pattern, int max_errors) {
    const std::size_t m = pattern.size();
    if (m == 0) return std::nullopt;
    // cost[i]: edits to match pattern[0..i) ending at the current text position;
    // start[i]: where in the text that match begins.
    std::vector<int> cost(m + 1), next_cost(m + 1);
    std::vector<std::size_t> start(m + 1), next_start(m + 1);
    for (std::size_t i = 0; i <= m; ++i) {
        cost[i] = static_cast<int>(i);
        start[i] = 0;
    }
    std::optional<FuzzyMatch> best;
    for (std::size_t j = 1; j <= text.size(); ++j) {
        next_cost[0] = 0;
        next_start[0] = j;
        for (std::size_t i = 1; i <= m; ++i) {
            int diagonal = cost[i - 1] + (pattern[i - 1] == text[j - 1] ? 0 : 1);
            int up = next_cost[i - 1] + 1;  // pattern char missing in text
            int left = cost[i] + 1;         // extra char in text
            if (diagonal <= up && diagonal <= left) {
                next_cost[i] = diagonal;
                next_start[i] = start[i - 1];
            } else if (left <= up) {
                next_cost[i] = left;
                next_start[i] = start[i];
            } else {
                next_cost[i] = up;
                next_start[i] = next_start[i - 1];
            }
        }
        cost.swap(next_cost);
        start.swap(next_start);
        if (cost[m] <= max_errors && (!best || cost[m] < best->errors))
            best = FuzzyMatch{start[m], j, cost[m]};
    }
    return best;
}

}  // namespace vbtrack
