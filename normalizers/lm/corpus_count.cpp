#include "normalizers/lm/corpus_count.hpp"

#include <algorithm>
#include <stdexcept>

#include "normalizers/lm/corpus_reader.hpp"
#include "normalizers/lm/lm_words.hpp"

namespace vbtrack::lm {

CorpusCounter::CorpusCounter(int order) : order_(order) {
    if (order < 2 || order > kMaxOrder)
        throw std::invalid_argument("language model order must be 2.." + std::to_string(kMaxOrder));
    for (std::string_view word : {kUnknownWord, kSentenceBegin, kSentenceEnd}) id_of(std::string(word));
}

WordId CorpusCounter::id_of(const std::string& word) {
    auto [it, inserted] = ids_.try_emplace(word, static_cast<WordId>(vocabulary_.size()));
    if (inserted) vocabulary_.push_back(word);
    return it->second;
}

void CorpusCounter::add_line(std::string_view line) {
    const std::vector<std::string> words = lm_words(line);
    if (words.empty()) return;
    stream_.push_back(kSentenceBeginId);
    for (const std::string& word : words) stream_.push_back(id_of(word));
    stream_.push_back(kSentenceEndId);
    ++sentences_;
}

void CorpusCounter::add_files(const std::vector<std::filesystem::path>& files, int weight) {
    for (const auto& file : files)
        for (int copy = 0; copy < weight; ++copy) for_each_line(file, [this](std::string_view line) { add_line(line); });
}

CorpusCounts CorpusCounter::finish() {
    CorpusCounts counts;
    counts.order = order_;
    counts.sentences = sentences_;
    counts.tokens = stream_.size() - 2 * sentences_;
    counts.ngrams.resize(order_);
    std::vector<NgramWords> windows;
    windows.reserve(stream_.size());
    for (int n = 1; n <= order_; ++n) {
        // Windows that stay inside one sentence: none may contain </s> before
        // its last word or <s> after its first.
        windows.clear();
        for (std::size_t start = 0; start + n <= stream_.size(); ++start) {
            NgramWords words{};
            bool inside = true;
            for (int i = 0; i < n && inside; ++i) {
                words[i] = stream_[start + i];
                inside = !(i > 0 && words[i] == kSentenceBeginId) && !(i < n - 1 && words[i] == kSentenceEndId);
            }
            if (inside) windows.push_back(words);
        }
        std::sort(windows.begin(), windows.end());
        auto& out = counts.ngrams[n - 1];
        for (std::size_t i = 0; i < windows.size();) {
            std::size_t j = i;
            while (j < windows.size() && windows[j] == windows[i]) ++j;
            out.push_back({windows[i], j - i});
            i = j;
        }
    }
    // <unk> never occurs in training text but must have a unigram.
    auto& unigrams = counts.ngrams[0];
    if (unigrams.empty() || unigrams.front().words[0] != kUnknownId) unigrams.insert(unigrams.begin(), {{}, 0});
    counts.vocabulary = std::move(vocabulary_);
    stream_.clear();
    stream_.shrink_to_fit();
    return counts;
}

}  // namespace vbtrack::lm
