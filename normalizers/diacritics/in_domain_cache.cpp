#include "normalizers/diacritics/in_domain_cache.hpp"

#include "normalizers/lm/lm_words.hpp"

namespace vbtrack::diacritics {
namespace {

constexpr double kUnigramPrior = 1.0;  // β: pseudo-counts of the unigram distribution in each context

std::uint64_t pair_key(lm::WordId previous, lm::WordId word) { return (std::uint64_t{previous} << 32) | word; }

}  // namespace

void InDomainCache::add_clean_text(std::string_view text) {
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t stop = text.find('\n', start);
        if (stop == std::string_view::npos) stop = text.size();
        lm::WordId previous = lm::kSentenceBeginId;
        for (const std::string& word : lm::lm_words(text.substr(start, stop - start))) {
            const lm::WordId id = model_->index(word);
            if (id != lm::kUnknownId) {
                ++unigrams_[id];
                ++total_;
                if (previous != lm::kUnknownId) {
                    ++bigrams_[pair_key(previous, id)];
                    ++contexts_[previous];
                }
            }
            previous = id;
        }
        start = stop + 1;
    }
}

double InDomainCache::probability(lm::WordId previous, lm::WordId word) const {
    const auto unigram = unigrams_.find(word);
    if (unigram == unigrams_.end()) return 0;
    const double prior = kUnigramPrior * unigram->second / static_cast<double>(total_);
    const auto context = contexts_.find(previous);
    if (context == contexts_.end()) return prior / kUnigramPrior;
    const auto bigram = bigrams_.find(pair_key(previous, word));
    const double together = bigram == bigrams_.end() ? 0 : bigram->second;
    return (together + prior) / (context->second + kUnigramPrior);
}

}  // namespace vbtrack::diacritics
