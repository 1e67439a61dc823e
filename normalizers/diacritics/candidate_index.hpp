// For every base form, the marked syllables the model knows that share it
// ("ke" → kế, kể, kê, kẻ, kè, ké, kệ …), most frequent first: the candidates
// for a word whose marks were lost. Built from the model's vocabulary, so it
// always agrees with the model.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "normalizers/lm/model.hpp"

namespace vbtrack::diacritics {

class CandidateIndex {
public:
    // Keeps at most `per_base` spellings per base form, and only those within
    // `max_log10_ratio` of the most frequent one: rare typos in the corpus
    // must not become candidates.
    explicit CandidateIndex(const lm::LanguageModel& model, std::size_t per_base = 8, float max_log10_ratio = 2.5f);

    // The spellings of `base` (a base_form()), most frequent first; empty when unknown.
    const std::vector<lm::WordId>& spellings(std::string_view base) const;

    template <class Visit>
    void for_each_base(Visit&& visit) const {
        for (const auto& [base, ids] : index_) visit(std::string_view(base), ids);
    }

private:
    std::unordered_map<std::string, std::vector<lm::WordId>> index_;
};

}  // namespace vbtrack::diacritics
