// Minimized states (KenLM's): a state keeps a context word only while some
// longer n-gram extends the context (the "extends" bit of the model file),
// and carries the backoffs of the contexts it dropped to the next query. The
// queries must still give the model's exact probabilities.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <vector>

#include "lm_reference.hpp"
#include "lm_test_corpus.hpp"
#include "normalizers/lm/builder.hpp"
#include "normalizers/lm/lm_words.hpp"
#include "normalizers/lm/model.hpp"

namespace vbtrack::lm {
namespace {

// Three sentences, order 3. Each trigram occurs once but "<s> một hai" (twice),
// so pruning at count 2 keeps only that one: then "<s> một" is the only bigram
// some trigram extends. Unpruned, every bigram inside a sentence is extended
// by the trigram of its next word.
const std::vector<std::string> kTinyCorpus = {"một hai ba", "một hai bốn", "hai năm"};

class TinyModel {
public:
    explicit TinyModel(std::uint64_t prune_min_count) : reference_(kTinyCorpus, 3, prune_min_count) {
        {
            std::ofstream out(corpus_.file("tiny.txt"));
            for (const auto& line : kTinyCorpus) out << line << '\n';
        }
        BuildOptions options;
        options.order = 3;
        options.prune_min_count = prune_min_count;
        options.sources = {{corpus_.dir(), 1}};
        options.excluded = {"corpus.txt"};  // the shared test corpus the folder also holds
        build_language_model(options, corpus_.file("tiny.bin"));
    }
    LanguageModel open() const { return LanguageModel::open(corpus_.file("tiny.bin")); }
    const test::ReferenceModel& reference() const { return reference_; }

private:
    test::TestCorpus corpus_;
    test::ReferenceModel reference_;
};

// The state after reading `words` from the sentence start.
State state_after(const LanguageModel& model, std::initializer_list<std::string_view> words) {
    State state = model.begin_sentence(), next;
    for (std::string_view word : words) {
        model.score(state, model.index(word), next);
        state = next;
    }
    return state;
}

TEST(LmStateTest, UnprunedEveryBigramInASentenceExtends) {
    const TinyModel tiny(1);
    const LanguageModel model = tiny.open();
    for (const auto& words : {std::initializer_list<std::string_view>{"một"}, {"một", "hai"}, {"một", "hai", "ba"}, {"hai"}, {"hai", "năm"}}) {
        const State state = state_after(model, words);
        EXPECT_EQ(state.length, 2) << *(words.end() - 1);
        EXPECT_EQ(state.pending_backoff, 0.0f) << *(words.end() - 1);
    }
}

TEST(LmStateTest, PrunedStatesKeepOnlyExtendedContexts) {
    const TinyModel tiny(2);
    const LanguageModel model = tiny.open();
    const test::ReferenceModel& reference = tiny.reference();
    ASSERT_EQ(model.ngram_count(3), 1u);  // "<s> một hai"

    const State after_mot = state_after(model, {"một"});  // "<s> một" is extended by "<s> một hai"
    EXPECT_EQ(after_mot.length, 2);
    EXPECT_EQ(after_mot.words[1], kSentenceBeginId);
    EXPECT_EQ(after_mot.pending_backoff, 0.0f);

    // "một hai" lost its trigrams to pruning but keeps its backoff (two
    // continuations seen once each, the fallback discount 0.5: γ = 0.5), which
    // the next query must still pay.
    const State after_hai = state_after(model, {"một", "hai"});
    EXPECT_EQ(after_hai.length, 1);
    EXPECT_EQ(after_hai.words[0], model.index("hai"));
    const WordId mot_hai[] = {reference.id("một"), reference.id("hai")};
    EXPECT_NEAR(reference.log10_backoff(mot_hai), std::log10(0.5), 1e-6);
    EXPECT_NEAR(after_hai.pending_backoff, std::log10(0.5), 1e-4);

    // "<s> hai" lost its trigram ("<s> hai năm") too: after "hai" and after
    // "một hai" the states have the same words, so a decoder merges them.
    const State after_sentence_start_hai = state_after(model, {"hai"});
    EXPECT_EQ(after_sentence_start_hai, after_hai);
    EXPECT_NEAR(after_sentence_start_hai.pending_backoff, std::log10(0.5), 1e-4);
}

TEST(LmStateTest, SentenceScoresEqualTheTextbookModel) {
    // The administrative corpus, pruned as the build does by default: many
    // contexts lose their trigrams but not their backoffs.
    test::TestCorpus corpus;
    const LanguageModel model = LanguageModel::open(corpus.build_model());
    const test::ReferenceModel reference(test::administrative_sentences(), 3, BuildOptions{}.prune_min_count);

    std::vector<std::string> sentences = test::administrative_sentences();
    // Sequences the corpus never had, and a word it never saw.
    sentences.push_back("Kế hoạch của nhân dân tỉnh ban hành hội nghị thực hiện.");
    sentences.push_back("Nhân dân giải quyết xylophone kiến nghị của Ủy ban.");
    sentences.push_back("Thực hiện thực hiện kế hoạch kế hoạch.");
    int pending_states = 0;
    for (const auto& sentence : sentences) {
        std::vector<WordId> ids;
        State state = model.begin_sentence(), next;
        double sum = 0;
        for (const auto& word : lm_words(sentence)) {
            ASSERT_EQ(model.index(word), reference.id(word)) << word;
            ids.push_back(model.index(word));
            sum += model.score(state, ids.back(), next);
            state = next;
            pending_states += state.pending_backoff != 0.0f;
        }
        sum += model.score(state, kSentenceEndId, next);
        // 16-bit probabilities, 15-bit backoffs: ~1e-4 per word at most.
        EXPECT_NEAR(sum, reference.sentence_log10(ids), 5e-4 * (ids.size() + 1)) << sentence;
    }
    EXPECT_GT(pending_states, 10);  // the dropped contexts' backoffs were there to be lost
}

}  // namespace
}  // namespace vbtrack::lm
