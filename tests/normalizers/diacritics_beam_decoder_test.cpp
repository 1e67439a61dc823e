// The beam decoder against an exhaustive search: with room for every state and
// no threshold, merging hypotheses of equal model state must lose nothing, so
// the decoded path scores exactly the best of all paths.
#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "lm_test_corpus.hpp"
#include "normalizers/diacritics/beam_decoder.hpp"

namespace vbtrack::diacritics {
namespace {

class BeamDecoderTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        corpus_ = new test::TestCorpus;
        model_ = new lm::LanguageModel(lm::LanguageModel::open(corpus_->build_model()));
    }
    static void TearDownTestSuite() {
        delete model_;
        delete corpus_;
    }
    static test::TestCorpus* corpus_;
    static lm::LanguageModel* model_;
};
test::TestCorpus* BeamDecoderTest::corpus_ = nullptr;
lm::LanguageModel* BeamDecoderTest::model_ = nullptr;

using Lists = std::vector<std::vector<LatticeCandidate>>;

// Model and channel score of one path, sentence end included, query by query.
float path_score(const lm::LanguageModel& model, const Lists& lists, const std::vector<std::size_t>& path) {
    lm::State state = model.begin_sentence(), next;
    float score = 0;
    for (std::size_t i = 0; i < lists.size(); ++i) {
        const LatticeCandidate& c = lists[i][path[i]];
        score += model.score(state, c.id, next) + c.log10_channel;
        state = next;
    }
    return score + model.score(state, lm::kSentenceEndId, next);
}

float best_of_all_paths(const lm::LanguageModel& model, const Lists& lists) {
    std::vector<std::size_t> path(lists.size(), 0);
    float best = -INFINITY;
    while (true) {
        best = std::max(best, path_score(model, lists, path));
        std::size_t i = 0;  // next path, as an odometer counts
        while (i < lists.size() && ++path[i] == lists[i].size()) path[i++] = 0;
        if (i == lists.size()) return best;
    }
}

TEST_F(BeamDecoderTest, WideBeamFindsTheBestOfAllPaths) {
    // Random short lattices over the model's words (unknown and sentence markers
    // included as the decoder may meet them), with random channel scores.
    std::mt19937 random(20261122);
    std::uniform_int_distribution<lm::WordId> word(0, static_cast<lm::WordId>(model_->vocabulary_size() - 1));
    std::uniform_real_distribution<float> channel(-3.0f, 0.0f);
    BeamDecoder decoder(*model_, {.beam = 1000, .prune_log10 = INFINITY});
    for (int trial = 0; trial < 200; ++trial) {
        Lists lists(1 + trial % 6);
        for (auto& list : lists) {
            list.resize(1 + random() % 4);
            for (auto& c : list) c = {word(random), channel(random)};
        }
        const Lattice lattice(lists.begin(), lists.end());
        const std::vector<std::size_t> path = decoder.decode(lattice);
        ASSERT_EQ(path.size(), lists.size());
        EXPECT_NEAR(path_score(*model_, lists, path), best_of_all_paths(*model_, lists), 1e-4) << "trial " << trial;
    }
}

}  // namespace
}  // namespace vbtrack::diacritics
