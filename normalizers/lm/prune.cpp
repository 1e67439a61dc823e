#include "normalizers/lm/prune.hpp"

#include <algorithm>

#include "normalizers/lm/interpolate.hpp"

namespace vbtrack::lm {

void prune(ModelNgrams& model, std::uint64_t min_count) {
    if (min_count <= 1) return;
    const int order = static_cast<int>(model.size());
    std::vector<NgramWords> needed;  // by the kept n-grams of the order above
    for (int n = order; n >= 3; --n) {
        std::sort(needed.begin(), needed.end());
        auto& grams = model[n - 1];
        std::vector<ModelNgram> kept;
        std::vector<NgramWords> needed_below;
        for (const auto& g : grams) {
            if (g.count < min_count && !std::binary_search(needed.begin(), needed.end(), g.words)) continue;
            kept.push_back(g);
            needed_below.push_back(prefix_of(g.words, n));
            needed_below.push_back(suffix_of(g.words, n));
        }
        grams = std::move(kept);
        needed = std::move(needed_below);
    }
}

}  // namespace vbtrack::lm
