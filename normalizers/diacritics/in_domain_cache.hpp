// Counts from clean documents of the same batch (Word files with correct
// marks): a cache model mixed into the language model while decoding, so a
// batch's own names and phrasing ("Hạ Hòa", "Ban Dân vận") win where the
// general corpus is unsure. p(w | v) = (c(v w) + β·c(w)/N) / (c(v) + β),
// mixed as (1 - λ)·p_lm + λ·p_cache.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>

#include "normalizers/lm/model.hpp"

namespace vbtrack::diacritics {

class InDomainCache {
public:
    explicit InDomainCache(const lm::LanguageModel& model) : model_(&model) {}

    // Counts the syllables of clean, correctly marked text (each line a sentence).
    void add_clean_text(std::string_view text);

    bool empty() const { return total_ == 0; }
    // The cache's p(word | previous word); 0 when it never saw the word.
    double probability(lm::WordId previous, lm::WordId word) const;

    // How much the cache weighs against the model.
    static constexpr double kWeight = 0.1;

private:
    const lm::LanguageModel* model_;
    std::unordered_map<lm::WordId, std::uint32_t> unigrams_, contexts_;
    std::unordered_map<std::uint64_t, std::uint32_t> bigrams_;
    std::uint64_t total_ = 0;
};

}  // namespace vbtrack::diacritics
