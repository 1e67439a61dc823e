// The build passes against values worked out by hand.
#include <gtest/gtest.h>

#include <cmath>

#include "normalizers/lm/adjust_counts.hpp"
#include "normalizers/lm/corpus_count.hpp"
#include "normalizers/lm/interpolate.hpp"
#include "normalizers/lm/prune.hpp"

namespace vbtrack::lm {
namespace {

std::uint64_t count_of(const CorpusCounts& counts, int n, std::vector<std::string_view> words) {
    NgramWords ids{};
    for (std::size_t i = 0; i < words.size(); ++i) {
        const auto it = std::find(counts.vocabulary.begin(), counts.vocabulary.end(), words[i]);
        if (it == counts.vocabulary.end()) return 0;
        ids[i] = static_cast<WordId>(it - counts.vocabulary.begin());
    }
    for (const auto& g : counts.ngrams[n - 1])
        if (g.words == ids) return g.count;
    return 0;
}

TEST(LmDiscounts, ModifiedKneserNeyFormula) {
    // Y = 10 / (10 + 2*5) = 0.5; D1 = 1 - 2Y*5/10 = 0.5; D2 = 2 - 3Y*3/5 = 1.1; D3+ = 3 - 4Y*2/3 = 5/3.
    const Discount d = discount_from_counts_of_counts({0, 10, 5, 3, 2});
    EXPECT_NEAR(d.for_count(1), 0.5, 1e-9);
    EXPECT_NEAR(d.for_count(2), 1.1, 1e-9);
    EXPECT_NEAR(d.for_count(3), 5.0 / 3, 1e-9);
    EXPECT_NEAR(d.for_count(7), 5.0 / 3, 1e-9);
}

TEST(LmDiscounts, FallBackWhenCountsAreMissing) {
    const Discount d = discount_from_counts_of_counts({0, 3, 0, 0, 0});
    EXPECT_GT(d.for_count(1), 0);
    EXPECT_LT(d.for_count(1), 1);
}

TEST(LmCounts, RawAndKneserNeyCounts) {
    CorpusCounter counter(2);
    counter.add_line("an bình");
    counter.add_line("có bình");
    counter.add_line("an bình");
    CorpusCounts counts = counter.finish();
    EXPECT_EQ(counts.tokens, 6u);
    EXPECT_EQ(counts.sentences, 3u);
    EXPECT_EQ(count_of(counts, 1, {"bình"}), 3u);
    EXPECT_EQ(count_of(counts, 2, {"an", "bình"}), 2u);
    EXPECT_EQ(count_of(counts, 2, {"<s>", "an"}), 2u);

    adjust_counts(counts);
    // "bình" follows two distinct words (an, có); "an" only <s>; </s> only "bình".
    EXPECT_EQ(count_of(counts, 1, {"bình"}), 2u);
    EXPECT_EQ(count_of(counts, 1, {"an"}), 1u);
    EXPECT_EQ(count_of(counts, 1, {"</s>"}), 1u);
    // The highest order keeps raw counts.
    EXPECT_EQ(count_of(counts, 2, {"an", "bình"}), 2u);
}

TEST(LmInterpolate, EveryContextSumsToOne) {
    CorpusCounter counter(3);
    for (const char* line : {"một hai ba", "một hai bốn", "hai ba năm", "ba một hai", "năm hai ba một"})
        counter.add_line(line);
    CorpusCounts counts = counter.finish();
    const auto discounts = adjust_counts(counts);
    const ModelNgrams model = interpolate(counts, discounts);

    // Unigrams: every word but <s>.
    double unigram_sum = 0;
    for (const auto& g : model[0])
        if (g.words[0] != kSentenceBeginId) unigram_sum += std::pow(10.0, g.log_prob);
    EXPECT_NEAR(unigram_sum, 1.0, 1e-6);

    // p(w | "một hai") over the whole vocabulary, seen trigrams or backed off.
    const WordId mot = static_cast<WordId>(std::find(counts.vocabulary.begin(), counts.vocabulary.end(), "một") - counts.vocabulary.begin());
    const WordId hai = static_cast<WordId>(std::find(counts.vocabulary.begin(), counts.vocabulary.end(), "hai") - counts.vocabulary.begin());
    const ModelNgram* context = find_ngram(model[1], {mot, hai, 0, 0});
    ASSERT_NE(context, nullptr);
    double sum = 0;
    for (WordId w = 0; w < counts.vocabulary.size(); ++w) {
        if (w == kSentenceBeginId) continue;
        if (const ModelNgram* tri = find_ngram(model[2], {mot, hai, w, 0})) {
            sum += std::pow(10.0, tri->log_prob);
            continue;
        }
        const ModelNgram* bi = find_ngram(model[1], {hai, w, 0, 0});
        const float lower = bi ? bi->log_prob : model[0][w].log_prob + find_ngram(model[0], {hai, 0, 0, 0})->log_backoff;
        sum += std::pow(10.0, context->log_backoff + lower);
    }
    EXPECT_NEAR(sum, 1.0, 1e-5);
}

TEST(LmPrune, KeepsWhatLongerNgramsNeed) {
    CorpusCounter counter(3);
    for (int i = 0; i < 3; ++i) counter.add_line("xin chào bạn");
    counter.add_line("chào buổi sáng");
    CorpusCounts counts = counter.finish();
    const auto discounts = adjust_counts(counts);
    ModelNgrams model = interpolate(counts, discounts);
    const std::size_t trigrams_before = model[2].size();
    prune(model, 2);
    EXPECT_LT(model[2].size(), trigrams_before);
    // Every kept trigram still has its prefix and suffix bigram.
    for (const auto& g : model[2]) {
        EXPECT_NE(find_ngram(model[1], prefix_of(g.words, 3)), nullptr);
        EXPECT_NE(find_ngram(model[1], suffix_of(g.words, 3)), nullptr);
    }
}

}  // namespace
}  // namespace vbtrack::lm
