// A batch's Word files teach the restoration model the archive's vocabulary
// (DocumentPipeline::learn_vocabulary): a text file that lost its marks is
// restored with the Word file's phrasing when both are ingested together,
// and with the model's alone when it is ingested without it; likewise when
// the files are queued in a shared PostgreSQL store and `vbtrack worker` runs.
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "docx_writer.hpp"
#include "lm_test_corpus.hpp"
#include "pipeline/core/sha256.hpp"
#include "pipeline/store/store.hpp"
#include "postgres_cluster.hpp"

namespace vbtrack {
namespace {

namespace fs = std::filesystem;

// In the test corpus "số" never follows "hoạch", and "sở" is the more
// frequent of the two: the model alone reads "ke hoach so 12" as "kế hoạch sở 12".
constexpr const char* kUnmarked =
    "Van phong ban hanh ke hoach so 12 ve to chuc hoi nghi.\nCac co quan tiep nhan y kien cua nhan dan.\n";
constexpr const char* kTaught = "Văn phòng ban hành kế hoạch số 12 về tổ chức hội nghị.";
constexpr const char* kUntaught = "Văn phòng ban hành kế hoạch sở 12 về tổ chức hội nghị.";

class BatchVocabularyTest : public ::testing::Test {
protected:
    void SetUp() override {
        model_ = corpus_.build_model();
        std::ofstream(corpus_.file("unmarked.txt")) << kUnmarked;
    }

    // Ingests the files, as one folder, into the store (a fresh one unless named)
    // and returns the first line of unmarked.txt as stored.
    std::string ingest_and_read_unmarked(const std::vector<fs::path>& files, const std::string& name,
                                         std::string store = "") {
        const fs::path folder = corpus_.dir() / name;
        fs::create_directories(folder);
        for (const auto& file : files) fs::copy_file(file, folder / file.filename());
        if (store.empty()) store = name;
        const std::string url = "sqlite:" + (corpus_.dir() / (store + ".sqlite")).string();
        const std::string command = "VBTRACK_LM='" + model_.string() + "' '" VBTRACK_BINARY "' ingest '" +
                                    folder.string() + "' --jobs 2 --store '" + url + "' 2>/dev/null";
        const int status = std::system(command.c_str());
        EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << command;
        const auto record = open_store(url)->get(sha256_file(corpus_.file("unmarked.txt")));
        return record ? record->text.substr(0, record->text.find('\n')) : "";
    }

    // The same through a shared store: `ingest --enqueue`, then one worker drains the queue.
    std::string enqueue_work_and_read_unmarked(const std::vector<fs::path>& files, const std::string& name,
                                               const std::string& url) {
        const fs::path folder = corpus_.dir() / name;
        fs::create_directories(folder);
        for (const auto& file : files) fs::copy_file(file, folder / file.filename());
        const std::string env = "VBTRACK_LM='" + model_.string() + "' ";
        const std::string command = env + "'" VBTRACK_BINARY "' ingest --enqueue '" + folder.string() + "' --store '" +
                                    url + "' 2>/dev/null && " + env + "'" VBTRACK_BINARY "' worker --store '" + url +
                                    "' --exit-when-idle 2>/dev/null";
        const int status = std::system(command.c_str());
        EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << command;
        const auto record = open_store(url)->get(sha256_file(corpus_.file("unmarked.txt")));
        return record ? record->text.substr(0, record->text.find('\n')) : "";
    }

    fs::path write_clean_word_file() {
        const fs::path word = corpus_.file("clean.docx");
        test::write_docx(word, test::docx_paragraph("Ủy ban nhân dân tỉnh ban hành kế hoạch số 05/KH-UBND về "
                                                    "đối thoại với nhân dân.") +
                                   test::docx_paragraph("Các cơ quan tiếp nhận ý kiến, kiến nghị của nhân dân và "
                                                        "giải quyết kịp thời."));
        return word;
    }

    test::TestCorpus corpus_;
    fs::path model_;
};

TEST_F(BatchVocabularyTest, WordFilesOfTheBatchTeachTheirPhrasing) {
    const fs::path word = write_clean_word_file();
    EXPECT_EQ(ingest_and_read_unmarked({corpus_.file("unmarked.txt")}, "alone"), kUntaught);
    EXPECT_EQ(ingest_and_read_unmarked({corpus_.file("unmarked.txt"), word}, "together"), kTaught);
}

TEST_F(BatchVocabularyTest, AWordFileStoredByAnEarlierRunStillTeaches) {
    const fs::path word = write_clean_word_file();
    ingest_and_read_unmarked({word}, "first-run", "archive");
    // Second run: the Word file is skipped (its record is current) but is still part of the batch.
    EXPECT_EQ(ingest_and_read_unmarked({corpus_.file("unmarked.txt"), word}, "second-run", "archive"), kTaught);
}

// In the folder the text file comes first by name ("a-unmarked.txt" before "clean.docx");
// the Word file is queued first all the same, and teaches it.
TEST_F(BatchVocabularyTest, WorkersOfASharedStoreLearnFromItsWordFiles) {
    std::string why_not;
    auto* cluster = test::PostgresCluster::get(why_not);
    if (!cluster) GTEST_SKIP() << why_not;
    const fs::path word = write_clean_word_file();
    fs::copy_file(corpus_.file("unmarked.txt"), corpus_.file("a-unmarked.txt"));
    EXPECT_EQ(enqueue_work_and_read_unmarked({corpus_.file("unmarked.txt")}, "queue-alone",
                                             cluster->fresh_database_url()),
              kUntaught);
    EXPECT_EQ(enqueue_work_and_read_unmarked({corpus_.file("a-unmarked.txt"), word}, "queue-together",
                                             cluster->fresh_database_url()),
              kTaught);
}

TEST_F(BatchVocabularyTest, AWordFileThatLostItsMarksTeachesNothing) {
    // Typed without marks, the Word file is itself repaired; its repaired text is the
    // model's guess, not the archive's usage, and must not teach.
    const fs::path word = corpus_.file("unmarked.docx");
    test::write_docx(word, test::docx_paragraph("Uy ban nhan dan tinh ban hanh ke hoach so 05/KH-UBND ve doi thoai "
                                                "voi nhan dan.") +
                               test::docx_paragraph("Cac co quan tiep nhan y kien, kien nghi cua nhan dan va giai "
                                                    "quyet kip thoi."));
    EXPECT_EQ(ingest_and_read_unmarked({corpus_.file("unmarked.txt"), word}, "untaught"), kUntaught);
}

}  // namespace
}  // namespace vbtrack
