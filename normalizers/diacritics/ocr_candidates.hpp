// Candidates for a token an OCR engine may have garbled: every spelling whose
// base form lies within edit distance 2 of the token's ("gidi" → giai → giải,
// "s6" → so → số, "ciia" → cua → của), found through an index of deletions
// (SymSpell), weighted by the confusion model.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "normalizers/diacritics/candidate_index.hpp"
#include "normalizers/diacritics/confusion_model.hpp"
#include "normalizers/lm/model.hpp"

namespace vbtrack::diacritics {

struct WeightedSpelling {
    lm::WordId id;
    float log10_channel;  // log10 P(token | spelling)
};

class OcrCandidates {
public:
    OcrCandidates(const lm::LanguageModel& model, const CandidateIndex& index, const ConfusionModel& confusions);

    // At most `limit` spellings for `lower_token` (lower-cased), the likeliest
    // (channel times unigram prior) first.
    std::vector<WeightedSpelling> candidates(std::string_view lower_token, std::size_t limit) const;

private:
    const lm::LanguageModel& model_;
    const CandidateIndex& index_;
    const ConfusionModel& confusions_;
    std::vector<std::string> bases_;
    std::unordered_map<std::string, std::vector<std::uint32_t>> deletions_;  // deleted form → bases_
};

}  // namespace vbtrack::diacritics
