// Build pass 1 (as KenLM's corpus_count): maps the corpus's words to ids and
// counts every n-gram of order 1..N within sentence markers.
#pragma once

#include <filesystem>
#include <string>
#include <unordered_map>
#include <string_view>
#include <vector>

#include "normalizers/lm/ngram.hpp"

namespace vbtrack::lm {

class CorpusCounter {
public:
    explicit CorpusCounter(int order);

    // One sentence: the words of one line of text.
    void add_line(std::string_view line);
    // Every line of every file; `weight` repeats a file's text (in-domain text counts more).
    void add_files(const std::vector<std::filesystem::path>& files, int weight = 1);

    // Sorts and counts; the counter is spent afterwards.
    CorpusCounts finish();

private:
    WordId id_of(const std::string& word);

    int order_;
    std::vector<std::string> vocabulary_;
    std::unordered_map<std::string, WordId> ids_;
    std::vector<WordId> stream_;  // sentences as <s> w… </s>, back to back
    std::uint64_t sentences_ = 0;
};

}  // namespace vbtrack::lm
