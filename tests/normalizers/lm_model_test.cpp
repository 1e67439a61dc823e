// The model file: built, mapped, queried; and refused when damaged.
#include <gtest/gtest.h>
#include <zlib.h>

#include <cmath>
#include <cstddef>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "lm_test_corpus.hpp"
#include "normalizers/lm/adjust_counts.hpp"
#include "normalizers/lm/builder.hpp"
#include "normalizers/lm/corpus_count.hpp"
#include "normalizers/lm/corpus_reader.hpp"
#include "normalizers/lm/interpolate.hpp"
#include "normalizers/lm/lm_words.hpp"
#include "normalizers/lm/model.hpp"
#include "normalizers/lm/ngram_filter.hpp"

namespace vbtrack::lm {
namespace {

class LmModelTest : public ::testing::Test {
protected:
    void SetUp() override {
        BuildOptions options;
        options.order = 3;
        options.prune_min_count = 1;  // unpruned: queries must equal the interpolated values
        options.sources = {{corpus_.dir(), 1}};
        report_ = build_language_model(options, path());
    }
    std::filesystem::path path() const { return corpus_.file("model.bin"); }

    test::TestCorpus corpus_;
    BuildReport report_;
};

TEST_F(LmModelTest, ReportsWhatItBuilt) {
    EXPECT_FALSE(report_.debian_fallback);
    EXPECT_EQ(report_.sentences, test::administrative_sentences().size());
    ASSERT_EQ(report_.ngrams.size(), 3u);
    EXPECT_EQ(report_.file_bytes, std::filesystem::file_size(path()));
    const auto model = LanguageModel::open(path());
    EXPECT_EQ(model.order(), 3);
    EXPECT_EQ(model.vocabulary_size(), report_.vocabulary);
    EXPECT_NE(model.provenance().find(corpus_.dir().string()), std::string_view::npos);
}

TEST_F(LmModelTest, MapsWordsToIds) {
    const auto model = LanguageModel::open(path());
    EXPECT_EQ(model.index("<s>"), kSentenceBeginId);
    EXPECT_EQ(model.index("</s>"), kSentenceEndId);
    const WordId ke = model.index("kế");
    EXPECT_NE(ke, kUnknownId);
    EXPECT_EQ(model.word(ke), "kế");
    EXPECT_EQ(model.index("xylophone"), kUnknownId);
    EXPECT_NE(model.index("<num>"), kUnknownId);  // 2024, 15/12/2024
    EXPECT_NE(model.index("<code>"), kUnknownId);  // 12-KL/TU
}

TEST_F(LmModelTest, QueriesEqualTheInterpolatedModel) {
    CorpusCounter counter(3);
    for (const auto& sentence : test::administrative_sentences()) counter.add_line(sentence);
    CorpusCounts counts = counter.finish();
    const auto discounts = adjust_counts(counts);
    const ModelNgrams expected = interpolate(counts, discounts);

    const auto model = LanguageModel::open(path());
    // Every trigram of the corpus, queried in its own context.
    for (const auto& g : expected[2]) {
        State context = model.null_context(), after;
        model.score(context, model.index(counts.vocabulary[g.words[0]]), after);
        context = after;
        model.score(context, model.index(counts.vocabulary[g.words[1]]), after);
        const float got = model.score(after, model.index(counts.vocabulary[g.words[2]]), context);
        ASSERT_NEAR(got, g.log_prob, 2e-3) << counts.vocabulary[g.words[0]] << ' ' << counts.vocabulary[g.words[1]]
                                           << ' ' << counts.vocabulary[g.words[2]];
    }
}

TEST_F(LmModelTest, BatchedQueriesEqualSingleQueries) {
    const auto model = LanguageModel::open(path());
    // Contexts of every length the model keeps: none, sentence start, and the
    // states after each word of a sentence (some unknown to the model).
    std::vector<State> contexts = {model.null_context(), model.begin_sentence()};
    State state = model.begin_sentence(), next;
    for (std::string_view word : {"ủy", "ban", "nhân", "dân", "tỉnh", "xqzt", "ban", "hành", "kế", "hoạch", "thực",
                                  "hiện", "kết", "luận", "của", "ban", "thường", "vụ"}) {
        model.score(state, model.index(word), next);
        contexts.push_back(state = next);
    }
    std::vector<WordId> words;
    for (WordId w = 0; w < 15; ++w) words.push_back(w);
    // 20 contexts × 15 words: more queries than score_all holds keys for at once.
    ASSERT_GT(contexts.size() * words.size(), 256u);
    std::vector<Answer> batched(contexts.size() * words.size());
    std::vector<State> batched_states(batched.size());
    model.score_all(contexts, words, batched, batched_states);
    std::size_t looked_up = 0;
    for (std::size_t w = 0; w < words.size(); ++w)
        for (std::size_t c = 0; c < contexts.size(); ++c) {
            const std::size_t q = w * contexts.size() + c;
            State single_state;
            const float single = model.score(contexts[c], words[w], single_state);
            EXPECT_EQ(batched[q].log10_prob, single) << "word " << words[w] << ", context " << c;
            // A query marked backed off leaves the word's unigram state, owing nothing.
            const State& state = batched[q].backed_off ? model.unigram_state(words[w]) : batched_states[q];
            EXPECT_EQ(state, single_state) << "word " << words[w] << ", context " << c;
            EXPECT_EQ(state.pending_backoff, single_state.pending_backoff) << "word " << words[w] << ", context " << c;
            looked_up += !batched[q].backed_off;
        }
    // Both kinds occur: the contexts' bigrams of these words, and pairs never seen.
    EXPECT_GT(looked_up, 0u);
    EXPECT_LT(looked_up, batched.size());
}

TEST_F(LmModelTest, ProbabilitiesAfterAContextSumToOne) {
    const auto model = LanguageModel::open(path());
    State state = model.begin_sentence(), next;
    for (std::string_view word : {"kế", "hoạch"}) {
        model.score(state, model.index(word), next);
        state = next;
    }
    double sum = 0;
    for (WordId w = 0; w < model.vocabulary_size(); ++w)
        if (w != kSentenceBeginId) sum += std::pow(10.0, model.score(state, w, next));
    EXPECT_NEAR(sum, 1.0, 0.01);  // 16-bit quantization
}

TEST_F(LmModelTest, SeenContinuationBeatsUnseen) {
    const auto model = LanguageModel::open(path());
    State state = model.begin_sentence(), next;
    model.score(state, model.index("kế"), next);
    state = next;
    EXPECT_GT(model.score(state, model.index("hoạch"), next), model.score(state, model.index("kể"), next));
    // An unknown word leaves no context behind.
    model.score(state, kUnknownId, next);
    EXPECT_EQ(next.length, 0);
}

TEST_F(LmModelTest, BigramFilterPassesEveryBigramOfTheModel) {
    CorpusCounter counter(3);
    for (const auto& sentence : test::administrative_sentences()) counter.add_line(sentence);
    CorpusCounts counts = counter.finish();
    const auto discounts = adjust_counts(counts);
    const ModelNgrams built = interpolate(counts, discounts);
    const auto model = LanguageModel::open(path());
    ASSERT_GT(built[1].size(), 100u);
    for (const auto& g : built[1]) {
        const WordId context = model.index(counts.vocabulary[g.words[0]]), word = model.index(counts.vocabulary[g.words[1]]);
        ASSERT_TRUE(model.may_have_bigram(context, word)) << counts.vocabulary[g.words[0]] << ' ' << counts.vocabulary[g.words[1]];
    }
}

// Two-word sentences of made-up words: 60 context words, the i-th followed by
// 1 + 53i mod 160 of 240 successor words (every 13th from 37i on, all
// distinct since 13 and 240 share no factor), so that the contexts' filter
// segments range from one word to 32.
class FilterPairsModel {
public:
    static constexpr int kContexts = 60, kSuccessors = 240;
    static int successor_count(int context) { return 1 + context * 53 % 160; }
    static bool follows(int context, int successor) {
        for (int t = 0; t < successor_count(context); ++t)
            if ((context * 37 + t * 13) % kSuccessors == successor) return true;
        return false;
    }
    static std::string context_word(int i) { return made_up_word('c', i); }
    static std::string successor_word(int i) { return made_up_word('s', i); }

    explicit FilterPairsModel(const test::TestCorpus& corpus) : path_(corpus.file("pairs.bin")) {
        const auto dir = corpus.file("pairs");
        std::filesystem::create_directories(dir);
        {
            std::ofstream out(dir / "pairs.txt");
            for (int c = 0; c < kContexts; ++c)
                for (int s = 0; s < kSuccessors; ++s)
                    if (follows(c, s)) out << context_word(c) << ' ' << successor_word(s) << "\n";
        }
        BuildOptions options;
        options.order = 3;
        options.sources = {{dir, 1}};
        build_language_model(options, path_);
    }
    const std::filesystem::path& path() const { return path_; }

private:
    static std::string made_up_word(char first, int i) {
        return {first, static_cast<char>('a' + i / 26), static_cast<char>('a' + i % 26)};
    }
    std::filesystem::path path_;
};

TEST_F(LmModelTest, BigramFilterPassesEveryPairOfAModelWithLargeSegments) {
    const auto model = LanguageModel::open(FilterPairsModel(corpus_).path());
    int present = 0;
    for (int c = 0; c < FilterPairsModel::kContexts; ++c) {
        const WordId context = model.index(FilterPairsModel::context_word(c));
        ASSERT_NE(context, kUnknownId);
        for (int s = 0; s < FilterPairsModel::kSuccessors; ++s) {
            if (!FilterPairsModel::follows(c, s)) continue;
            ++present;
            ASSERT_TRUE(model.may_have_bigram(context, model.index(FilterPairsModel::successor_word(s))))
                << FilterPairsModel::context_word(c) << ' ' << FilterPairsModel::successor_word(s);
        }
    }
    EXPECT_GT(present, 4000);
}

// The chance that an absent successor passes its context's segment of
// `words` 64-bit words holding `successors` keys of 4 bits each: its word
// holds j of the keys with a binomial chance, each bit of it is set with
// chance 1 - (1 - 1/64)^(4j), and all 4 of the absent key's bits must be.
double expected_false_positive_rate(int successors, std::uint64_t words) {
    const auto passing = [](int j) { return std::pow(1 - std::pow(63.0 / 64.0, 4.0 * j), 4); };
    if (words == 1) return passing(successors);
    const double p = 1.0 / static_cast<double>(words);
    double rate = 0, chance_of_j = std::pow(1 - p, successors);
    for (int j = 0; j <= successors; ++j) {
        rate += chance_of_j * passing(j);
        chance_of_j *= static_cast<double>(successors - j) / (j + 1) * p / (1 - p);
    }
    return rate;
}

TEST_F(LmModelTest, BigramFilterRejectsAbsentPairsAtTheRateItsBitsAllow) {
    // Every (context, successor) pair the sentences do not have. A filter
    // that passed most would save no lookup (one that passed all would pass
    // the test above); one far below what its bits allow would mean the keys'
    // bits are not where a query looks. The band: half to twice the rate
    // worked out from each context's segment size and successor count, which
    // at 12 bits per key (4 set), rounded up to a power of two of words, is
    // 0.2-2 % (0.44 % for these sentences).
    const auto model = LanguageModel::open(FilterPairsModel(corpus_).path());
    int absent = 0, passed = 0;
    double expected = 0;
    for (int c = 0; c < FilterPairsModel::kContexts; ++c) {
        const WordId context = model.index(FilterPairsModel::context_word(c));
        const std::uint64_t words = segment_word_mask(model.unigram_state(context).filter_segment) + 1;
        for (int s = 0; s < FilterPairsModel::kSuccessors; ++s) {
            if (FilterPairsModel::follows(c, s)) continue;
            ++absent;
            passed += model.may_have_bigram(context, model.index(FilterPairsModel::successor_word(s)));
            expected += expected_false_positive_rate(FilterPairsModel::successor_count(c), words);
        }
    }
    ASSERT_GT(absent, 5000);
    expected /= absent;
    const double rate = static_cast<double>(passed) / absent;
    EXPECT_GT(expected, 0.002);
    EXPECT_LT(expected, 0.02);
    EXPECT_GT(rate, expected / 2) << passed << " of " << absent << ", expected " << expected;
    EXPECT_LT(rate, expected * 2) << passed << " of " << absent << ", expected " << expected;
}

TEST_F(LmModelTest, BigramFilterGivesEachContextItsOwnSegment) {
    // Each word with successors owns a power of two of filter words, at least
    // kFilterBitsPerKey bits per successor, apart from every other word's; a
    // segment of up to 8 words lies in one cache line (the filter starts on a
    // line), so a context's queries read one line. Words never followed by
    // anything share the empty segment, which rejects every query.
    CorpusCounter counter(3);
    for (const auto& sentence : test::administrative_sentences()) counter.add_line(sentence);
    const CorpusCounts counts = counter.finish();
    std::vector<std::uint64_t> successors(counts.vocabulary.size(), 0);
    for (const auto& g : counts.ngrams[1]) ++successors[g.words[0]];
    Header header;
    {
        std::ifstream in(path(), std::ios::binary);
        in.read(reinterpret_cast<char*>(&header), sizeof header);
    }
    EXPECT_EQ(header.bigram_filter_offset % 64, 0u);
    const auto model = LanguageModel::open(path());
    std::vector<int> owners(header.bigram_filter_words, 0);
    std::size_t small = 0, empty = 0;
    for (WordId a = 1; a < counts.vocabulary.size(); ++a) {
        const std::uint32_t segment = model.unigram_state(model.index(counts.vocabulary[a])).filter_segment;
        if (successors[a] == 0) {
            EXPECT_EQ(segment, 0u) << counts.vocabulary[a];
            ++empty;
            continue;
        }
        const std::uint64_t begin = segment_begin(segment), words = segment_word_mask(segment) + 1;
        EXPECT_GE(words * 64, successors[a] * kFilterBitsPerKey) << counts.vocabulary[a];
        EXPECT_GE(begin, kFilterEmptyWords);
        ASSERT_LE(begin + words, header.bigram_filter_words);
        if (words <= 8) {
            EXPECT_EQ(begin / 8, (begin + words - 1) / 8) << counts.vocabulary[a] << " straddles a line";
        }
        small += words <= 8;
        for (std::uint64_t w = begin; w < begin + words; ++w) ++owners[w];
    }
    for (std::size_t w = 0; w < owners.size(); ++w) ASSERT_LE(owners[w], 1) << "filter word " << w << " is in two segments";
    EXPECT_GT(small, 100u);
    EXPECT_GT(empty, 0u);  // </s>
    EXPECT_EQ(model.null_context().filter_segment, 0u);
    EXPECT_FALSE(model.may_have_bigram(kUnknownId, model.index("kế")));
}

TEST_F(LmModelTest, RefusesDamagedFiles) {
    const auto bytes = std::filesystem::file_size(path());
    std::filesystem::resize_file(path(), bytes / 2);
    EXPECT_THROW(LanguageModel::open(path()), ModelFileError);
    {
        std::ofstream out(path(), std::ios::binary | std::ios::trunc);
        out << std::string(4096, 'x');
    }
    EXPECT_THROW(LanguageModel::open(path()), ModelFileError);
    EXPECT_THROW(LanguageModel::open(corpus_.file("missing.bin")), std::runtime_error);
}

TEST_F(LmModelTest, RefusesAModelOfAnotherFormatSayingHowToRebuildIt) {
    {  // A model written by an older vbtrack: the same file with the version before this one.
        std::fstream file(path(), std::ios::binary | std::ios::in | std::ios::out);
        const std::uint32_t older = kFormatVersion - 1;
        file.seekp(offsetof(Header, version));
        file.write(reinterpret_cast<const char*>(&older), sizeof older);
    }
    try {
        LanguageModel::open(path());
        FAIL() << "an older model was opened";
    } catch (const ModelFileError& e) {
        const std::string message = e.what();
        EXPECT_NE(message.find("older vbtrack"), std::string::npos) << message;
        EXPECT_NE(message.find("vbtrack lm build"), std::string::npos) << message;
        EXPECT_NE(message.find(path().string()), std::string::npos) << message;
    }
}

TEST_F(LmModelTest, RebuildingOverAnOpenModelLeavesItIntact) {
    // A worker maps the model while `vbtrack lm build` writes a new one to the
    // same path: the worker keeps reading the old file (a file truncated
    // under a mapping would kill it with SIGBUS), the next open reads the new.
    const auto open_before = LanguageModel::open(path());
    State state = open_before.begin_sentence(), next;
    const float before = open_before.score(state, open_before.index("kế"), next);
    {
        std::ofstream other(corpus_.file("corpus.txt"), std::ios::trunc);
        other << "Một câu khác hẳn.\n";
    }
    BuildOptions options;
    options.sources = {{corpus_.dir(), 1}};
    build_language_model(options, path());
    EXPECT_EQ(open_before.score(state, open_before.index("kế"), next), before);
    EXPECT_EQ(open_before.vocabulary_size(), report_.vocabulary);
    EXPECT_EQ(LanguageModel::open(path()).index("kế"), kUnknownId);
    EXPECT_FALSE(std::filesystem::exists(path().string() + ".partial"));
}

TEST(LmCorpusReader, ReadsHtmlAndGzippedManualPages) {
    test::TestCorpus corpus;
    {
        std::ofstream html(corpus.file("help.html"));
        html << "<html><body><h1>Chèn bảng</h1><p>Nhấn <b>Chèn</b> rồi chọn &quot;Bảng&quot;.</p></body></html>";
    }
    {
        const std::string roff = ".TH LS 1\n.SH TÊN\nls \\- liệt kê nội dung thư mục\n.B ls\n";
        gzFile out = gzopen(corpus.file("ls.1.gz").c_str(), "wb");
        gzwrite(out, roff.data(), static_cast<unsigned>(roff.size()));
        gzclose(out);
    }
    std::vector<std::string> lines;
    for (const auto& file : corpus_files({corpus.dir()}, {"corpus.txt"}))
        for_each_line(file, [&](std::string_view line) { lines.emplace_back(line); });
    const std::vector<std::string> expected = {"Chèn bảng", "Nhấn Chèn rồi chọn \"Bảng\".", "LS 1", "TÊN",
                                               "ls - liệt kê nội dung thư mục", "ls"};
    EXPECT_EQ(lines, expected);
}

}  // namespace
}  // namespace vbtrack::lm
