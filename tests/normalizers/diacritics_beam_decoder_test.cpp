// The beam decoder against an exhaustive search: with room for every state and
// no threshold, merging hypotheses of equal model state (minimized states,
// whose dropped contexts' backoffs are still owed, lm::State) must lose
// nothing, so the decoded path scores the best of all paths. Paths are scored
// by the textbook model (lm_reference.hpp), not by the model's own queries.
#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "lm_reference.hpp"
#include "lm_test_corpus.hpp"
#include "normalizers/diacritics/beam_decoder.hpp"
#include "normalizers/lm/builder.hpp"

namespace vbtrack::diacritics {
namespace {

class BeamDecoderTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        corpus_ = new test::TestCorpus;
        model_ = new lm::LanguageModel(lm::LanguageModel::open(corpus_->build_model()));
        reference_ = new test::ReferenceModel(test::administrative_sentences(), 3, lm::BuildOptions{}.prune_min_count);
    }
    static void TearDownTestSuite() {
        delete reference_;
        delete model_;
        delete corpus_;
    }
    static test::TestCorpus* corpus_;
    static lm::LanguageModel* model_;
    static test::ReferenceModel* reference_;
};
test::TestCorpus* BeamDecoderTest::corpus_ = nullptr;
lm::LanguageModel* BeamDecoderTest::model_ = nullptr;
test::ReferenceModel* BeamDecoderTest::reference_ = nullptr;

using Lists = std::vector<std::vector<LatticeCandidate>>;

// Model and channel score of one path, sentence end included.
double path_score(const test::ReferenceModel& model, const Lists& lists, const std::vector<std::size_t>& path) {
    std::vector<lm::WordId> words;
    double channel = 0;
    for (std::size_t i = 0; i < lists.size(); ++i) {
        words.push_back(lists[i][path[i]].id);
        channel += lists[i][path[i]].log10_channel;
    }
    return model.sentence_log10(words) + channel;
}

double best_of_all_paths(const test::ReferenceModel& model, const Lists& lists) {
    std::vector<std::size_t> path(lists.size(), 0);
    double best = -INFINITY;
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
    for (lm::WordId id = 0; id < model_->vocabulary_size(); ++id)
        ASSERT_EQ(reference_->id(model_->word(id)), id) << model_->word(id);  // the build numbers words alike
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
        // The model file's values are quantized: ~1e-4 per word at most.
        EXPECT_NEAR(path_score(*reference_, lists, path), best_of_all_paths(*reference_, lists), 5e-4 * (lists.size() + 1))
            << "trial " << trial;
    }
}

TEST_F(BeamDecoderTest, SentencesDecodedTogetherChooseAsEachAlone) {
    // Lattices of different lengths (the longer ones go on alone after the
    // shorter end), a narrow beam and the threshold on, so that pruning and
    // merging are at work: decoding them together must not mix them up.
    std::mt19937 random(5);
    std::uniform_int_distribution<lm::WordId> word(0, static_cast<lm::WordId>(model_->vocabulary_size() - 1));
    std::uniform_real_distribution<float> channel(-3.0f, 0.0f);
    BeamDecoder alone(*model_, {.beam = 3}), together(*model_, {.beam = 3});
    for (int trial = 0; trial < 50; ++trial) {
        std::vector<Lists> lists(1 + trial % BeamDecoder::kLanes);
        std::vector<Lattice> lattices;
        for (auto& sentence : lists) {
            sentence.resize(1 + random() % 9);
            for (auto& list : sentence) {
                list.resize(1 + random() % 5);
                for (auto& c : list) c = {word(random), channel(random)};
            }
            lattices.emplace_back(sentence.begin(), sentence.end());
        }
        together.decode_together(lattices);
        for (std::size_t i = 0; i < lattices.size(); ++i)
            EXPECT_EQ(together.chosen(i), alone.decode(lattices[i])) << "trial " << trial << ", sentence " << i;
    }
}

}  // namespace
}  // namespace vbtrack::diacritics
