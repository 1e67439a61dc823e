// A language model that cannot be used is vbtrack's problem, not the files':
// the ingest stops with exit code 4 and a message naming the model, stores no
// `failed` record for what it could not repair, and the same command finishes
// the batch once the model is rebuilt.
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "lm_test_corpus.hpp"
#include "pipeline/core/sha256.hpp"
#include "pipeline/store/store.hpp"
#include "test_paths.hpp"

namespace vbtrack {
namespace {

namespace fs = std::filesystem;

struct Outcome {
    int exit_code = -1;
    std::string err;
};

// `environment`: assignments put before the command, e.g. "VBTRACK_LM='/x'".
Outcome ingest(const fs::path& folder, const std::string& environment, const std::string& store_url) {
    const std::string command = environment + " '" VBTRACK_BINARY "' ingest '" + folder.string() + "' --jobs 2 --store '" +
                                store_url + "' 2>&1 >/dev/null";
    Outcome outcome;
    std::unique_ptr<FILE, decltype(&pclose)> pipe(popen(command.c_str(), "r"), pclose);
    std::array<char, 4096> buffer;
    for (std::size_t n; (n = fread(buffer.data(), 1, buffer.size(), pipe.get())) > 0;) outcome.err.append(buffer.data(), n);
    const int status = pclose(pipe.release());
    if (WIFEXITED(status)) outcome.exit_code = WEXITSTATUS(status);
    return outcome;
}

TEST(SetupFailure, AnUnusableModelStopsTheBatchAndTheSameCommandFinishesIt) {
    test::TestCorpus corpus;
    const fs::path folder = corpus.dir() / "archive";
    fs::create_directories(folder);
    // Typed without marks: this file needs the model.
    std::ofstream(folder / "unmarked.txt") << "Van phong ban hanh ke hoach to chuc hoi nghi doi thoai voi nhan dan.\n";
    const fs::path model = corpus.file("vbtrack-lm.bin");
    std::ofstream(model) << "this is not a language model, e.g. a download cut short\n";
    const std::string url = "sqlite:" + corpus.file("store.sqlite").string();

    const std::string use_model = "VBTRACK_LM='" + model.string() + "'";
    const Outcome broken = ingest(folder, use_model, url);
    EXPECT_EQ(broken.exit_code, 4) << broken.err;
    EXPECT_NE(broken.err.find(model.string()), std::string::npos) << broken.err;
    EXPECT_NE(broken.err.find("vbtrack lm build"), std::string::npos) << broken.err;
    const std::string id = sha256_file(folder / "unmarked.txt");
    EXPECT_FALSE(open_store(url)->get(id)) << "a setup problem must not leave a failed record behind";

    fs::copy_file(corpus.build_model(), model, fs::copy_options::overwrite_existing);
    const Outcome fixed = ingest(folder, use_model, url);
    EXPECT_EQ(fixed.exit_code, 0) << fixed.err;
    const auto record = open_store(url)->get(id);
    ASSERT_TRUE(record);
    EXPECT_EQ(record->text, "Văn phòng ban hành kế hoạch tổ chức hội nghị đối thoại với nhân dân.");
}

TEST(SetupFailure, MissingOcrLanguageDataStopsTheBatch) {
    test::TestCorpus corpus;
    const fs::path folder = corpus.dir() / "scans";
    fs::create_directories(folder);
    const fs::path scan = test::samples_dir() / "kh01-vpub-sonla-2023" / "kh01-vpub-sonla-2023.scan-clean.tif";
    fs::copy_file(scan, folder / scan.filename());
    const std::string url = "sqlite:" + corpus.file("store.sqlite").string();
    const Outcome outcome = ingest(folder, "TESSDATA_PREFIX=" + corpus.dir().string(), url);
    EXPECT_EQ(outcome.exit_code, 4) << outcome.err;
    EXPECT_NE(outcome.err.find("tesseract-ocr-vie"), std::string::npos) << outcome.err;
    EXPECT_FALSE(open_store(url)->get(sha256_file(scan)));
}

}  // namespace
}  // namespace vbtrack
