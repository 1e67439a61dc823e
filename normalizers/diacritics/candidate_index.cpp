#include "normalizers/diacritics/candidate_index.hpp"

#include <algorithm>

#include "normalizers/base_form.hpp"
#include "normalizers/syllable.hpp"

namespace vbtrack::diacritics {
namespace {

bool is_abbreviation_with_d(std::string_view word) {
    constexpr std::string_view kD = "đ";
    std::string plain_d;
    for (std::size_t i = 0; i < word.size(); ++i) {
        if (word.substr(i).starts_with(kD)) {
            plain_d += 'd';
            i += kD.size() - 1;
        } else {
            plain_d += word[i];
        }
    }
    return plain_d != word && plain_d == base_form(word);
}

}  // namespace

CandidateIndex::CandidateIndex(const lm::LanguageModel& model, std::size_t per_base, float max_log10_ratio) {
    for (lm::WordId id = 0; id < model.vocabulary_size(); ++id) {
        const std::string_view word = model.word(id);
        // Marked spellings must be Vietnamese syllables or abbreviations whose
        // only mark is đ (hđnd, ctđt); unmarked words stand for themselves.
        if (!has_marks(word) || !(is_vietnamese_syllable(word) || is_abbreviation_with_d(word))) continue;
        index_[base_form(word)].push_back(id);
    }
    for (auto& [base, ids] : index_) {
        // The unmarked spelling is a candidate too when the model knows it.
        const lm::WordId plain = model.index(base);
        if (plain != lm::kUnknownId) ids.push_back(plain);
        std::sort(ids.begin(), ids.end(),
                  [&](lm::WordId a, lm::WordId b) { return model.unigram_log_prob(a) > model.unigram_log_prob(b); });
        const float best = model.unigram_log_prob(ids.front());
        std::erase_if(ids, [&](lm::WordId id) { return model.unigram_log_prob(id) < best - max_log10_ratio; });
        if (ids.size() > per_base) ids.resize(per_base);
    }
}

const std::vector<lm::WordId>& CandidateIndex::spellings(std::string_view base) const {
    static const std::vector<lm::WordId> kNone;
    const auto it = index_.find(std::string(base));
    return it == index_.end() ? kNone : it->second;
}

}  // namespace vbtrack::diacritics
