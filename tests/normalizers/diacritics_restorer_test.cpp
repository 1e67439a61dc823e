// Restoration with a model trained on the test corpus (lm_test_corpus.cpp):
// sentences recombined from its phrases, marks stripped or OCR-garbled.
#include <gtest/gtest.h>

#include "lm_test_corpus.hpp"
#include "normalizers/diacritics/restoration_stage.hpp"
#include "normalizers/diacritics/restorer.hpp"

namespace vbtrack::diacritics {
namespace {

class RestorerTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        corpus_ = new test::TestCorpus;
        restorer_ = new DiacriticRestorer(DiacriticRestorer::open(corpus_->build_model()));
    }
    static void TearDownTestSuite() {
        delete restorer_;
        delete corpus_;
    }
    static test::TestCorpus* corpus_;
    static DiacriticRestorer* restorer_;
};
test::TestCorpus* RestorerTest::corpus_ = nullptr;
DiacriticRestorer* RestorerTest::restorer_ = nullptr;

TEST_F(RestorerTest, RestoresTextTypedWithoutMarks) {
    const RestoreResult r = restorer_->restore("ke hoach thuc hien ket luan so 116");
    EXPECT_EQ(r.text, "kế hoạch thực hiện kết luận số 116");
    EXPECT_EQ(r.changed_syllables, 7);
    EXPECT_EQ(r.origin, TextOrigin::typed);
}

TEST_F(RestorerTest, KeepsCaseNumbersCodesAndAbbreviations) {
    const RestoreResult r = restorer_->restore("KE HOACH so 45/QD-UBND ngay 15/12/2024 cua UBND tinh");
    EXPECT_EQ(r.text, "KẾ HOẠCH số 45/QD-UBND ngày 15/12/2024 của UBND tỉnh");
    const RestoreResult names = restorer_->restore("So Noi vu chu tri, phoi hop voi cac co quan");
    EXPECT_EQ(names.text, "Sở Nội vụ chủ trì, phối hợp với các cơ quan");
}

TEST_F(RestorerTest, RestoresTheDOfAbbreviations) {
    EXPECT_EQ(restorer_->restore("HDND tinh va MTTQ tinh phoi hop giam sat").text, "HĐND tỉnh và MTTQ tỉnh phối hợp giám sát");
}

TEST_F(RestorerTest, LeavesCorrectTextAlone) {
    const std::string text = "Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan.\nBáo cáo kết quả thực hiện.";
    const RestoreResult r = restorer_->restore(text);
    EXPECT_EQ(r.text, text);
    EXPECT_EQ(r.changed_syllables, 0);
    EXPECT_TRUE(r.changes.empty());
}

TEST_F(RestorerTest, FillsInAMissingMarkInMarkedText) {
    // One word typed without marks in otherwise marked text: the model must be sure.
    const RestoreResult r = restorer_->restore("Lắng nghe, giải quyết ý kiến, kiến nghị cua nhân dân.");
    EXPECT_EQ(r.text, "Lắng nghe, giải quyết ý kiến, kiến nghị của nhân dân.");
    ASSERT_EQ(r.changes.size(), 1u);
    EXPECT_EQ(r.changes[0].before, "cua");
    EXPECT_EQ(r.changes[0].after, "của");
}

TEST_F(RestorerTest, CorrectsOcrConfusions) {
    const RestoreResult r = restorer_->restore("Thuc hién két luan s6 116-KL/TU ciia Ban Thu'orng vu Tinh ty.");
    EXPECT_EQ(r.origin, TextOrigin::ocr);
    EXPECT_EQ(r.text, "Thực hiện kết luận số 116-KL/TU của Ban Thường vụ Tỉnh ủy.");
}

TEST_F(RestorerTest, InDomainCacheCountsTheBatchsCleanText) {
    InDomainCache batch(restorer_->model());
    EXPECT_TRUE(batch.empty());
    batch.add_clean_text("Ban hành\nban hành\nban ngành");
    // Unigrams ban 3, hành 2, ngành 1 (N = 6); "ban" is followed 3 times.
    // p(hành | ban) = (2 + 1·2/6) / (3 + 1); p(ngành | ban) = (1 + 1·1/6) / (3 + 1).
    const auto id = [&](std::string_view w) { return restorer_->model().index(w); };
    EXPECT_NEAR(batch.probability(id("ban"), id("hành")), (2 + 2.0 / 6) / 4, 1e-9);
    EXPECT_NEAR(batch.probability(id("ban"), id("ngành")), (1 + 1.0 / 6) / 4, 1e-9);
    // A context never seen: the unigram share; a word never seen: nothing.
    EXPECT_NEAR(batch.probability(id("hành"), id("ban")), 3.0 / 6, 1e-9);
    EXPECT_EQ(batch.probability(id("ban"), id("kế")), 0.0);
}

TEST_F(RestorerTest, CleanDocumentsOfTheBatchAreUsedWhileDecoding) {
    InDomainCache batch(restorer_->model());
    batch.add_clean_text("Người dân có ý kiến về kế hoạch.\nCác cơ quan tiếp nhận ý kiến của người dân.");
    EXPECT_EQ(restorer_->restore("Nguoi dan co y kien ve ke hoach.", {.in_domain = &batch}).text,
              "Người dân có ý kiến về kế hoạch.");
}

TEST_F(RestorerTest, CountsWordsItCannotResolve) {
    const RestoreResult r = restorer_->restore("ke hoach xqzt thuc hien", {.origin = TextOrigin::typed});
    EXPECT_EQ(r.text, "kế hoạch xqzt thực hiện");
    EXPECT_EQ(r.unresolved_syllables, 1);
}

TEST_F(RestorerTest, PipelineStageRestoresADocumentAsOneText) {
    // OCR output saved as a text file: the reader makes each printed line a
    // paragraph. The second line alone has no marks and would pass for text
    // typed without them ("ciia" kept); the document as a whole is OCR.
    Document document;
    document.pages.push_back(Page{1, TextSource::text_layer, false, "plain text", -1});
    for (const char* line : {"Thuc hién két luan s6 116-KL/TU", "ciia Ban Thuong vu Tinh ty.", "Thuc hién két luan."}) {
        Paragraph paragraph;
        paragraph.raw_text = paragraph.text = line;
        document.paragraphs.push_back(paragraph);
    }
    const std::string whole = document.text();
    EXPECT_EQ(restorer_->restore("ciia Ban Thuong vu Tinh ty.").origin, TextOrigin::typed);
    const RestoreResult expected = restorer_->restore(whole);
    ASSERT_EQ(expected.origin, TextOrigin::ocr);

    make_restoration_stage(corpus_->file("model.bin"))->normalize(document);
    EXPECT_EQ(document.text(), expected.text);
    ASSERT_EQ(document.paragraphs.size(), 3u);
    EXPECT_EQ(document.paragraphs[0].text, "Thực hiện kết luận số 116-KL/TU");
    EXPECT_EQ(document.paragraphs[1].text, "của Ban Thường vụ Tỉnh ủy.");
    EXPECT_EQ(document.paragraphs[2].text, "Thực hiện kết luận.");
    EXPECT_EQ(document.quality.repaired_syllables, expected.changed_syllables);
}

}  // namespace
}  // namespace vbtrack::diacritics
