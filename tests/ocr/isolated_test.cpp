// Contained reading: each hostile file ends in an InputError that names the
// file and the reason, within its limits, and the next file still reads.
#include <chrono>
#include <csignal>
#include <cstring>
#include <vector>

#include <gtest/gtest.h>

#include "hostile_files.hpp"
#include "pipeline/core/errors.hpp"
#include "pipeline/ingest/pdf_reader.hpp"
#include "pipeline/ocr/image_reader.hpp"
#include "pipeline/ocr/isolated.hpp"
#include "pipeline/ocr/ocr_stage.hpp"

using namespace vbtrack;

namespace {

class Isolated : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() /
               ("vbtrack-isolated-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        std::filesystem::create_directories(dir_);
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }

    // The message of the InputError that reading `path` ends with ("" if it read).
    std::string failure(const std::filesystem::path& path, Format format, const Reader& reader,
                        ocr::ResourceLimits limits = {}) {
        try {
            ocr::read_isolated(path, {path.string(), "", 0, format}, reader, &stage_, limits);
        } catch (const InputError& e) {
            return e.what();
        }
        return "";
    }

    std::filesystem::path dir_;
    ocr::OcrStage stage_{ocr::OcrOptions{ocr::OcrMode::automatic, 1, "vie", {}}};
    PdfReader pdf_;
    ocr::ImageReader image_;
};

// Readers that misbehave on purpose, to show what the parent sees.
struct CrashingReader final : Reader {
    Document read(const std::filesystem::path&, const SourceInfo&) const override {
        std::raise(SIGSEGV);
        return {};
    }
};

struct GreedyReader final : Reader {
    Document read(const std::filesystem::path&, const SourceInfo&) const override {
        std::vector<std::vector<char>> hoard;
        for (int i = 0; i < 64; ++i) hoard.emplace_back(std::size_t{64} << 20, 'x');  // 4 GB, touched
        return {};
    }
};

}  // namespace

TEST_F(Isolated, CorruptPdfFailsWithTheReadersReason) {
    const auto path = dir_ / "corrupt.pdf";
    test::write_corrupt_pdf(path);
    const std::string message = failure(path, Format::pdf, pdf_);
    EXPECT_NE(message.find("cannot be opened"), std::string::npos) << message;
}

TEST_F(Isolated, TruncatedTiffFails) {
    const auto path = dir_ / "truncated.tif";
    test::write_truncated_tiff(path);
    const std::string message = failure(path, Format::image, image_);
    EXPECT_NE(message.find(path.string()), std::string::npos) << message;
    EXPECT_NE(message.find("truncated or corrupt"), std::string::npos) << message;
}

TEST_F(Isolated, HugeImageIsRefusedBeforeDecoding) {
    const auto path = dir_ / "huge.png";
    test::write_huge_png(path);
    const std::string message = failure(path, Format::image, image_);
    EXPECT_NE(message.find("30000 × 30000 pixels"), std::string::npos) << message;
    EXPECT_NE(message.find("scale the image down"), std::string::npos) << message;
}

TEST_F(Isolated, PdfThatRendersForeverIsStoppedAtTheTimeLimit) {
    const auto path = dir_ / "slow.pdf";
    test::write_slow_pdf(path);
    const auto start = std::chrono::steady_clock::now();
    const std::string message = failure(path, Format::pdf, pdf_, {std::chrono::seconds(3), 3ULL << 30});
    const auto elapsed = std::chrono::steady_clock::now() - start;
    EXPECT_NE(message.find("took longer than 3 s"), std::string::npos) << message;
    EXPECT_NE(message.find(path.string()), std::string::npos) << message;
    EXPECT_LT(elapsed, std::chrono::seconds(10));
}

TEST_F(Isolated, CrashInALibraryIsContained) {
    const std::string message = failure(dir_ / "any.pdf", Format::pdf, CrashingReader{});
    EXPECT_NE(message.find("crashed (signal 11"), std::string::npos) << message;
}

TEST_F(Isolated, MemoryLimitStopsAGreedyRead) {
    const std::string message = failure(dir_ / "any.pdf", Format::pdf, GreedyReader{}, {std::chrono::seconds(60), 512ULL << 20});
    EXPECT_NE(message.find("more than 512 MB"), std::string::npos) << message;
}

TEST_F(Isolated, AGoodFileAfterTheBadOnesComesBackWhole) {
    const auto bad = dir_ / "truncated.tif", good = dir_ / "blank.tif";
    test::write_truncated_tiff(bad);
    test::write_blank_tiff(good, 2);
    EXPECT_FALSE(failure(bad, Format::image, image_).empty());
    const Document doc = ocr::read_isolated(good, {good.string(), "", 0, Format::image}, image_, &stage_, {});
    ASSERT_EQ(doc.pages.size(), 2u);
    for (const auto& page : doc.pages) {
        EXPECT_EQ(page.source, TextSource::ocr);
        EXPECT_NE(page.ocr_decision.find("OCR"), std::string::npos) << page.ocr_decision;
    }
    EXPECT_EQ(doc.source.path, good.string());
}
