// A small corpus written for the tests: administrative sentences of our own,
// so expected model behaviour can be reasoned out by hand.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace vbtrack::test {

const std::vector<std::string>& administrative_sentences();

// A fresh temporary folder holding the sentences as corpus.txt; removed on destruction.
class TestCorpus {
public:
    TestCorpus();
    ~TestCorpus();
    TestCorpus(const TestCorpus&) = delete;
    TestCorpus& operator=(const TestCorpus&) = delete;
    const std::filesystem::path& dir() const { return dir_; }
    std::filesystem::path file(const std::string& name) const { return dir_ / name; }
    // A model built from the corpus with the default options, as model.bin; returns its path.
    std::filesystem::path build_model() const;

private:
    std::filesystem::path dir_;
};

}  // namespace vbtrack::test
