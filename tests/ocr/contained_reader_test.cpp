// Contained reading: each hostile file ends in an InputError that names the
// file and the reason, within its limits, and the next file still reads; reads
// from several threads at once come back whole and do not wait for each other.
#include <chrono>
#include <csignal>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include "hostile_files.hpp"
#include "pipeline/core/errors.hpp"
#include "pipeline/ingest/pdf_reader.hpp"
#include "pipeline/ingest/text_reader.hpp"
#include "pipeline/ocr/contained_reader.hpp"
#include "pipeline/ocr/image_reader.hpp"
#include "pipeline/ocr/ocr_stage.hpp"

// Not `using namespace vbtrack;`: in a unity build Leptonica's global Box, included after it, would be ambiguous.
namespace vbtrack {

namespace {

class Contained : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() /
               ("vbtrack-contained-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
        std::filesystem::create_directories(dir_);
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }

    // The message of the InputError that reading `path` with `reader` (then OCR) ends
    // with ("" if it read).
    std::string failure(const std::filesystem::path& path, Format format, std::unique_ptr<Reader> reader,
                        ocr::ResourceLimits limits = {}) {
        ReaderRegistry readers;
        readers.add(format, std::move(reader));
        const ocr::ContainedReader contained(readers, stage_);
        try {
            contained.read(path, {path.string(), "", 0, format}, true, limits);
        } catch (const InputError& e) {
            return e.what();
        }
        return "";
    }

    std::filesystem::path dir_;
    ocr::OcrStage stage_{ocr::OcrOptions{ocr::OcrMode::automatic, 1, "vie", {}}};
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

// Starts a program that would run for a minute (as the .doc reader starts catdoc),
// notes its pid, and crashes.
struct AbandoningReader final : Reader {
    explicit AbandoningReader(std::filesystem::path note) : note_(std::move(note)) {}
    Document read(const std::filesystem::path&, const SourceInfo&) const override {
        const pid_t left = fork();
        if (left == 0) {
            execlp("sleep", "sleep", "60", static_cast<char*>(nullptr));
            _exit(127);
        }
        std::ofstream(note_) << left << "\n";
        std::raise(SIGSEGV);
        return {};
    }
    std::filesystem::path note_;
};

struct SlowReader final : Reader {
    Document read(const std::filesystem::path&, const SourceInfo& source) const override {
        std::this_thread::sleep_for(std::chrono::seconds(4));
        Document document;
        document.source = source;
        return document;
    }
};

}  // namespace

TEST_F(Contained, CorruptPdfFailsWithTheReadersReason) {
    const auto path = dir_ / "corrupt.pdf";
    test::write_corrupt_pdf(path);
    const std::string message = failure(path, Format::pdf, std::make_unique<PdfReader>());
    EXPECT_NE(message.find("cannot be opened"), std::string::npos) << message;
}

TEST_F(Contained, TruncatedTiffFails) {
    const auto path = dir_ / "truncated.tif";
    test::write_truncated_tiff(path);
    const std::string message = failure(path, Format::image, std::make_unique<ocr::ImageReader>());
    EXPECT_NE(message.find(path.string()), std::string::npos) << message;
    EXPECT_NE(message.find("truncated or corrupt"), std::string::npos) << message;
}

TEST_F(Contained, HugeImageIsRefusedBeforeDecoding) {
    const auto path = dir_ / "huge.png";
    test::write_huge_png(path);
    const std::string message = failure(path, Format::image, std::make_unique<ocr::ImageReader>());
    EXPECT_NE(message.find("30000 × 30000 pixels"), std::string::npos) << message;
    EXPECT_NE(message.find("scale the image down"), std::string::npos) << message;
}

TEST_F(Contained, PdfThatRendersForeverIsStoppedAtTheTimeLimit) {
    const auto path = dir_ / "slow.pdf";
    test::write_slow_pdf(path);
    const auto start = std::chrono::steady_clock::now();
    const std::string message = failure(path, Format::pdf, std::make_unique<PdfReader>(), {std::chrono::seconds(3), 3ULL << 30});
    const auto elapsed = std::chrono::steady_clock::now() - start;
    EXPECT_NE(message.find("took longer than 3 s"), std::string::npos) << message;
    EXPECT_NE(message.find(path.string()), std::string::npos) << message;
    EXPECT_LT(elapsed, std::chrono::seconds(10));
}

TEST_F(Contained, CrashInALibraryIsContained) {
    const std::string message = failure(dir_ / "any.pdf", Format::pdf, std::make_unique<CrashingReader>());
    EXPECT_NE(message.find("crashed (signal 11"), std::string::npos) << message;
}

TEST_F(Contained, WhatACrashedReaderLeftRunningIsEndedAndReaped) {
    const auto note = dir_ / "left.pid";
    const std::string message = failure(dir_ / "any.pdf", Format::pdf, std::make_unique<AbandoningReader>(note));
    EXPECT_NE(message.find("crashed (signal 11"), std::string::npos) << message;
    pid_t left = 0;
    std::ifstream(note) >> left;
    ASSERT_GT(left, 0);
    EXPECT_EQ(kill(left, 0), -1) << "process " << left << " is still there (running, or a zombie nobody reaped)";
    EXPECT_EQ(errno, ESRCH);
}

TEST_F(Contained, MemoryLimitStopsAGreedyRead) {
    const std::string message = failure(dir_ / "any.pdf", Format::pdf, std::make_unique<GreedyReader>(), {std::chrono::seconds(60), 512ULL << 20});
    EXPECT_NE(message.find("more than 512 MB"), std::string::npos) << message;
}

TEST_F(Contained, AGoodFileAfterTheBadOnesComesBackWhole) {
    const auto bad = dir_ / "truncated.tif", good = dir_ / "blank.tif";
    test::write_truncated_tiff(bad);
    test::write_blank_tiff(good, 2);
    ReaderRegistry readers;
    readers.add(Format::image, std::make_unique<ocr::ImageReader>());
    const ocr::ContainedReader contained(readers, stage_);
    EXPECT_THROW(contained.read(bad, {bad.string(), "", 0, Format::image}, true, {}), InputError);
    const Document doc = contained.read(good, {good.string(), "", 0, Format::image}, true, {});
    ASSERT_EQ(doc.pages.size(), 2u);
    for (const auto& page : doc.pages) {
        EXPECT_EQ(page.source, TextSource::ocr);
        EXPECT_NE(page.ocr_decision.find("OCR"), std::string::npos) << page.ocr_decision;
    }
    EXPECT_EQ(doc.source.path, good.string());
}

// Each thread gets its own file's text back, never another's.
TEST_F(Contained, ReadsFromManyThreadsAtOnceComeBackToTheirCallers) {
    ReaderRegistry readers;
    readers.add(Format::txt, std::make_unique<TextReader>());
    const ocr::ContainedReader contained(readers, stage_);
    constexpr int kThreads = 4, kReads = 10;
    std::vector<int> right(kThreads, 0);
    {
        std::vector<std::jthread> threads;
        for (int t = 0; t < kThreads; ++t)
            threads.emplace_back([&, t] {
                for (int i = 0; i < kReads; ++i) {
                    const std::string text = "Văn bản " + std::to_string(t) + "-" + std::to_string(i);
                    const auto path = dir_ / (std::to_string(t) + "-" + std::to_string(i) + ".txt");
                    std::ofstream(path) << text << "\n";
                    const Document doc = contained.read(path, {path.string(), "", 0, Format::txt}, false, {});
                    if (doc.text() == text && doc.source.path == path.string()) ++right[t];
                }
            });
    }
    for (int t = 0; t < kThreads; ++t) EXPECT_EQ(right[t], kReads) << "thread " << t;
}

// A child holds only its own answer pipe: a quick read ends when its child does, not
// when a slow child forked at the same time ends.
TEST_F(Contained, AQuickReadDoesNotWaitForASlowOne) {
    ReaderRegistry readers;
    readers.add(Format::txt, std::make_unique<TextReader>());
    readers.add(Format::pdf, std::make_unique<SlowReader>());
    const ocr::ContainedReader contained(readers, stage_);
    const auto slow = dir_ / "slow.pdf", quick = dir_ / "quick.txt";
    std::ofstream(slow) << "%PDF-1.4\n";
    std::ofstream(quick) << "Kế hoạch\n";
    std::jthread slow_read([&] { contained.read(slow, {slow.string(), "", 0, Format::pdf}, false, {}); });
    for (int i = 0; i < 20; ++i) {
        const auto start = std::chrono::steady_clock::now();
        EXPECT_EQ(contained.read(quick, {quick.string(), "", 0, Format::txt}, false, {}).text(), "Kế hoạch");
        EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2)) << "read " << i;
    }
}

// The server must be forked before any other thread exists (fork_server.hpp says why).
TEST_F(Contained, RefusesToStartOnceOtherThreadsRun) {
    ReaderRegistry readers;
    std::jthread other([](std::stop_token stop) {
        while (!stop.stop_requested()) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    });
    EXPECT_THROW((ocr::ContainedReader{readers, stage_}), std::logic_error);
}

}  // namespace vbtrack
