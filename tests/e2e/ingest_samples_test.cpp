// Ingests samples/ with the real vbtrack binary into a real SQLite file, as a
// user would, and checks every record the store then holds.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <set>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "pipeline/core/sha256.hpp"
#include "pipeline/store/store.hpp"
#include "record_schema.hpp"
#include "test_paths.hpp"

namespace vbtrack {
namespace {

namespace fs = std::filesystem;

struct CommandRun {
    int exit_code;
    std::string out;  // stdout and stderr
};

CommandRun run_vbtrack(const std::string& arguments) {
    std::string command = std::string(VBTRACK_BINARY) + " " + arguments + " 2>&1";
    CommandRun run{-1, ""};
    FILE* pipe = popen(command.c_str(), "r");
    char buffer[4096];
    while (std::size_t n = fread(buffer, 1, sizeof buffer, pipe)) run.out.append(buffer, n);
    int status = pclose(pipe);
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

bool is_nfc(const std::string& text) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    return nfc->isNormalized(icu::UnicodeString::fromUTF8(text), status) && U_SUCCESS(status);
}

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), {});
}

std::string fold_space(const std::string& s) {
    std::string out;
    for (char c : s) {
        bool space = c == ' ' || c == '\n' || c == '\t';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out += space ? ' ' : c;
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// The document files of samples/ (what a folder walk takes).
std::set<std::string> sample_documents() {
    static const std::set<std::string> types = {".docx", ".pdf", ".tif", ".jpg", ".txt"};
    std::set<std::string> out;
    for (const auto& e : fs::recursive_directory_iterator(test::samples_dir()))
        if (e.is_regular_file() && types.contains(e.path().extension().string())) out.insert(e.path().string());
    return out;
}

class IngestSamples : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = fs::temp_directory_path() / ("vbtrack-e2e-" + std::to_string(getpid()));
        fs::create_directories(dir_);
        store_url_ = "sqlite:" + (dir_ / "store.db").string();
        first_ = run_vbtrack("ingest " + test::samples_dir().string() + " --jobs 2 --store " + store_url_);
        second_ = run_vbtrack("ingest " + test::samples_dir().string() + " --jobs 2 --store " + store_url_);
    }
    static void TearDownTestSuite() { fs::remove_all(dir_); }

    static inline fs::path dir_;
    static inline std::string store_url_;
    static inline CommandRun first_, second_;
};

TEST_F(IngestSamples, EveryDocumentFileGetsOneRecordWithItsHash) {
    ASSERT_TRUE(first_.exit_code == 0 || first_.exit_code == 1) << first_.out;
    auto store = open_store(store_url_);
    auto records = store->records();
    auto documents = sample_documents();
    EXPECT_EQ(records.size(), documents.size()) << first_.out;
    for (const auto& r : records) {
        EXPECT_TRUE(documents.contains(r.source.path)) << r.source.path;
        EXPECT_EQ(r.source.sha256, sha256_file(r.source.path)) << r.source.path;
        EXPECT_EQ(r.id, r.source.sha256);
    }
}

TEST_F(IngestSamples, EveryRecordValidatesAgainstTheSchema) {
    test::RecordSchema schema;
    for (const auto& r : open_store(store_url_)->records()) EXPECT_EQ(schema.errors(r), "") << r.source.path;
}

TEST_F(IngestSamples, WordAndTextPdfRecordsAreReadWithNfcTextEqualToGold) {
    for (const auto& r : open_store(store_url_)->records()) {
        const fs::path path = r.source.path;
        const bool docx = path.extension() == ".docx", text_pdf = path.string().ends_with(".text.pdf");
        if (!docx && !text_pdf) continue;
        EXPECT_NE(r.status, Status::failed) << path << ": " << (r.errors.empty() ? "" : r.errors.front());
        EXPECT_FALSE(r.text.empty()) << path;
        EXPECT_TRUE(is_nfc(r.text)) << path;
        // A PDF breaks paragraphs where its lines wrapped; gold has one per line. Compare
        // the Word text exactly, the PDF text with white space folded (as score.py does).
        std::string gold = read_file(path.parent_path() / "gold.txt");
        while (!gold.empty() && gold.back() == '\n') gold.pop_back();
        std::string text = r.text;
        if (text_pdf) {
            text = fold_space(text);
            gold = fold_space(gold);
        }
        auto [at_text, at_gold] = std::mismatch(text.begin(), text.end(), gold.begin(), gold.end());
        EXPECT_TRUE(at_text == text.end() && at_gold == gold.end())
            << path << " differs from gold.txt at byte " << (at_text - text.begin()) << ": «"
            << std::string(at_text, text.end()).substr(0, 60) << "» vs «" << std::string(at_gold, gold.end()).substr(0, 60) << "»";
    }
}

TEST_F(IngestSamples, FailedRecordsSayWhy) {
    for (const auto& r : open_store(store_url_)->records())
        if (r.status == Status::failed) {
            ASSERT_FALSE(r.errors.empty()) << r.source.path;
            EXPECT_GT(r.errors.front().size(), 20u) << r.source.path;
        }
}

TEST_F(IngestSamples, SecondRunStoresNothingNewAndSkipsEveryFile) {
    EXPECT_EQ(second_.exit_code, 0) << second_.out;
    const auto n = sample_documents().size();
    EXPECT_NE(second_.out.find(std::to_string(n) + " files: 0 ok, 0 partial, 0 failed, " + std::to_string(n) + " skipped"),
              std::string::npos)
        << second_.out;
    EXPECT_EQ(open_store(store_url_)->records().size(), n);
}

TEST_F(IngestSamples, ShowFindsARecordByNumberAndExtractPrintsTheSameId) {
    const fs::path docx = test::samples_dir() / "kh01-vpub-sonla-2023" / "kh01-vpub-sonla-2023.docx";
    CommandRun extract = run_vbtrack("extract " + docx.string());
    ASSERT_EQ(extract.exit_code, 0) << extract.out;
    auto record = nlohmann::json::parse(extract.out);
    EXPECT_EQ(record["id"], sha256_file(docx));
    CommandRun show = run_vbtrack("show " + sha256_file(docx) + " --store " + store_url_);
    EXPECT_EQ(show.exit_code, 0) << show.out;
    EXPECT_NE(show.out.find("kh01-vpub-sonla-2023.docx"), std::string::npos);
}

TEST(Cli, BadUsageExitsWithCode2AndUnreachableStoreWith3) {
    EXPECT_EQ(run_vbtrack("ingest").exit_code, 2);
    EXPECT_EQ(run_vbtrack("frobnicate").exit_code, 2);
    EXPECT_EQ(run_vbtrack("show x --store sqlite:/nonexistent-dir/vbtrack.db").exit_code, 3);
}

}  // namespace
}  // namespace vbtrack
