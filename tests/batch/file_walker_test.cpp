#include <fstream>

#include <gtest/gtest.h>

#include "pipeline/batch/file_walker.hpp"

namespace vbtrack {
namespace {

namespace fs = std::filesystem;

class FileWalker : public ::testing::Test {
protected:
    void SetUp() override {
        root_ = fs::temp_directory_path() / ("vbtrack-walk-" + std::to_string(getpid()));
        fs::remove_all(root_);
        fs::create_directories(root_ / "a" / "b");
        fs::create_directories(root_ / ".hidden");
        touch(root_ / "a" / "one.docx");
        touch(root_ / "a" / "b" / "two.PDF");
        touch(root_ / "a" / "notes.json");
        touch(root_ / ".hidden" / "secret.pdf");
        touch(root_ / "a" / ".~lock.one.docx");
        touch(root_ / "Kế hoạch số 1.txt");
        touch(root_ / "line\nbreak.txt");
    }
    void TearDown() override { fs::remove_all(root_); }
    static void touch(const fs::path& p) { std::ofstream(p) << "x"; }
    std::vector<std::string> relative(const WalkResult& r) {
        std::vector<std::string> out;
        for (const auto& f : r.files) out.push_back(fs::relative(f, root_).string());
        return out;
    }
    fs::path root_;
};

TEST_F(FileWalker, TakesDocumentTypesInStableOrderSkippingHiddenEntries) {
    auto result = walk_inputs({root_});
    EXPECT_EQ(relative(result), (std::vector<std::string>{"Kế hoạch số 1.txt", "a/b/two.PDF", "a/one.docx", "line\nbreak.txt"}));
    EXPECT_EQ(result.ignored, 1u);  // notes.json
    EXPECT_TRUE(result.problems.empty());
}

TEST_F(FileWalker, ANamedFileIsTakenWhateverItsType) {
    auto result = walk_inputs({root_ / "a" / "notes.json"});
    ASSERT_EQ(result.files.size(), 1u);
}

TEST_F(FileWalker, SymlinkLoopIsVisitedOnce) {
    fs::create_directory_symlink(root_, root_ / "a" / "loop");
    auto result = walk_inputs({root_});
    EXPECT_EQ(result.files.size(), 4u);
}

TEST_F(FileWalker, MissingPathIsReportedNotFatal) {
    auto result = walk_inputs({root_ / "nope", root_ / "a"});
    EXPECT_EQ(result.files.size(), 2u);
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_NE(result.problems[0].find("nope"), std::string::npos);
}

}  // namespace
}  // namespace vbtrack
