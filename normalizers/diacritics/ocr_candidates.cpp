#include "normalizers/diacritics/ocr_candidates.hpp"

#include <algorithm>
#include <unordered_set>

#include "normalizers/base_form.hpp"
#include "normalizers/edit_distance.hpp"
#include "normalizers/utf8.hpp"

namespace vbtrack::diacritics {
namespace {

constexpr int kMaxDistance = 2;

// The word and every form of it with up to kMaxDistance characters deleted.
std::unordered_set<std::string> deletions(std::string_view word) {
    std::unordered_set<std::string> out{std::string(word)};
    std::vector<std::u32string> frontier{utf8::decode(word)};
    for (int d = 0; d < kMaxDistance; ++d) {
        std::vector<std::u32string> next;
        for (const auto& w : frontier)
            for (std::size_t i = 0; i < w.size(); ++i) {
                std::u32string shorter = w.substr(0, i) + w.substr(i + 1);
                if (out.insert(utf8::encode(shorter)).second) next.push_back(std::move(shorter));
            }
        frontier = std::move(next);
    }
    return out;
}

}  // namespace

OcrCandidates::OcrCandidates(const lm::LanguageModel& model, const CandidateIndex& index,
                             const ConfusionModel& confusions)
    : model_(model), index_(index), confusions_(confusions) {
    index_.for_each_base([this](std::string_view base, const std::vector<lm::WordId>&) {
        const auto id = static_cast<std::uint32_t>(bases_.size());
        bases_.emplace_back(base);
        for (const auto& deleted : deletions(base)) deletions_[deleted].push_back(id);
    });
}

std::vector<WeightedSpelling> OcrCandidates::candidates(std::string_view lower_token, std::size_t limit) const {
    const std::string token_base = base_form(lower_token);
    const std::u32string token_chars = utf8::decode(token_base);
    // A short token has few letters to go on: a one-letter token may only
    // have lost its marks ("y" → ý), a two-letter one differ by one edit.
    const int max_distance = std::min<int>(kMaxDistance, static_cast<int>(token_chars.size()) - 1);
    std::unordered_set<std::uint32_t> near;
    for (const auto& deleted : deletions(token_base))
        if (const auto it = deletions_.find(deleted); it != deletions_.end())
            for (std::uint32_t base : it->second)
                if (!near.contains(base) && edit_distance(token_chars, utf8::decode(bases_[base])) <= max_distance)
                    near.insert(base);
    std::vector<WeightedSpelling> out;
    for (std::uint32_t base : near)
        for (lm::WordId id : index_.spellings(bases_[base]))
            out.push_back({id, confusions_.log10_channel(model_.word(id), lower_token)});
    // Keep the likeliest by P(token | spelling) · P(spelling): the channel
    // alone would fill the list with rare near-copies of the token and push
    // out the common word it was printed from ("luén" → luận, not luén-like rarities).
    auto prior_score = [this](const WeightedSpelling& s) { return s.log10_channel + model_.unigram_log_prob(s.id); };
    std::sort(out.begin(), out.end(),
              [&](const WeightedSpelling& a, const WeightedSpelling& b) { return prior_score(a) > prior_score(b); });
    if (out.size() > limit) out.resize(limit);
    return out;
}

}  // namespace vbtrack::diacritics
