#include "lm_reference.hpp"

#include <algorithm>

#include "normalizers/lm/adjust_counts.hpp"
#include "normalizers/lm/corpus_count.hpp"
#include "normalizers/lm/interpolate.hpp"
#include "normalizers/lm/prune.hpp"

namespace vbtrack::test {

ReferenceModel::ReferenceModel(const std::vector<std::string>& lines, int order, std::uint64_t prune_min_count) {
    lm::CorpusCounter counter(order);
    for (const auto& line : lines) counter.add_line(line);
    lm::CorpusCounts counts = counter.finish();
    const auto discounts = lm::adjust_counts(counts);
    ngrams_ = lm::interpolate(counts, discounts);
    lm::prune(ngrams_, prune_min_count);
    vocabulary_ = std::move(counts.vocabulary);
    for (std::size_t i = 0; i < vocabulary_.size(); ++i) ids_.emplace(vocabulary_[i], static_cast<lm::WordId>(i));
}

lm::WordId ReferenceModel::id(std::string_view word) const {
    const auto it = ids_.find(word);
    return it == ids_.end() ? lm::kUnknownId : it->second;
}

const lm::ModelNgram* ReferenceModel::find(std::span<const lm::WordId> words) const {
    if (words.empty() || words.size() > ngrams_.size()) return nullptr;
    lm::NgramWords key{};
    std::copy(words.begin(), words.end(), key.begin());
    return lm::find_ngram(ngrams_[words.size() - 1], key);
}

double ReferenceModel::log10_backoff(std::span<const lm::WordId> context) const {
    const lm::ModelNgram* gram = find(context);
    return gram ? gram->log_backoff : 0.0;
}

double ReferenceModel::log10_prob(std::span<const lm::WordId> history, lm::WordId word) const {
    // From the longest context down: an n-gram found ends the search; each
    // context passed on the way adds its backoff.
    const std::size_t longest = std::min(history.size(), ngrams_.size() - 1);
    std::vector<lm::WordId> gram;
    double backoffs = 0;
    for (std::size_t k = longest + 1; k-- > 0;) {
        const auto context = history.subspan(history.size() - k);
        gram.assign(context.begin(), context.end());
        gram.push_back(word);
        if (const lm::ModelNgram* found = find(gram)) return found->log_prob + backoffs;
        backoffs += log10_backoff(context);
    }
    return -99.0 + backoffs;  // a word the model never saw: the file's unigram value for it
}

double ReferenceModel::sentence_log10(std::span<const lm::WordId> words) const {
    std::vector<lm::WordId> history = {lm::kSentenceBeginId};
    double sum = 0;
    for (const lm::WordId word : words) {
        sum += log10_prob(history, word);
        history.push_back(word);
    }
    return sum + log10_prob(history, lm::kSentenceEndId);
}

}  // namespace vbtrack::test
