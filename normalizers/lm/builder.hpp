// `vbtrack lm build`: the passes in order (count → adjust counts → interpolate
// → prune → write), with what a user needs to know about the result.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace vbtrack::lm {

struct CorpusSource {
    std::filesystem::path path;  // a file or a folder
    int weight = 1;              // times its text is counted: in-domain text counts more
};

struct BuildOptions {
    int order = 3;
    std::vector<CorpusSource> sources;  // empty: the Vietnamese text of Debian packages
    std::vector<std::string> excluded;  // skip files whose path contains one of these (held-out text)
    std::uint64_t prune_min_count = 2;  // n-grams of order >= 3 need this Kneser-Ney count
};

struct BuildReport {
    std::vector<std::filesystem::path> files;
    bool debian_fallback = false;
    std::uint64_t tokens = 0, sentences = 0, vocabulary = 0;
    std::vector<std::uint64_t> ngrams;  // per order, after pruning
    std::uintmax_t file_bytes = 0;
    double seconds = 0;
    std::string provenance;
};

BuildReport build_language_model(const BuildOptions& options, const std::filesystem::path& out);

}  // namespace vbtrack::lm
