// Speed of the text normalization stage (issue: ≥ 50 MB/s of text on one core).
//   cmake -S . -B build -DCMAKE_BUILD_TYPE=Release && cmake --build build --target normalize_bench
//   build/bench/normalize_bench
// The text is the sample documents' gold text (samples/*/gold.txt) repeated to
// 16 MiB; the legal corpus in ../shared is used too when it is there.
#include <benchmark/benchmark.h>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <utility>

#include "normalizers/legacy_text.hpp"
#include "normalizers/normalize_text.hpp"
#include "normalizers/tokenizer.hpp"

namespace {

constexpr std::size_t kTextBytes = 16u << 20;

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string repeated_to_size(const std::string& unit) {
    if (unit.empty()) throw std::runtime_error("no text to benchmark with: samples/*/gold.txt is missing");
    std::string text;
    text.reserve(kTextBytes + unit.size());
    while (text.size() < kTextBytes) text += unit;
    return text;
}

const std::string& sample_text() {
    static const std::string text = [] {
        std::string unit;
        for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(VBTRACK_SOURCE_DIR) / "samples")) {
            if (std::filesystem::exists(entry.path() / "gold.txt")) unit += read_file(entry.path() / "gold.txt");
        }
        return repeated_to_size(unit);
    }();
    return text;
}

// The laws of ../shared/corpus/vi-legal, up to the same size; empty when absent.
const std::string& corpus_text() {
    static const std::string text = [] {
        const auto dir = std::filesystem::path(VBTRACK_SOURCE_DIR).parent_path() / "shared" / "corpus" / "vi-legal";
        std::string all;
        if (!std::filesystem::is_directory(dir)) return all;
        for (const auto& entry : std::filesystem::directory_iterator(dir)) {
            if (all.size() >= kTextBytes) break;
            if (entry.path().extension() == ".txt") all += read_file(entry.path());
        }
        return all.substr(0, std::min(all.size(), kTextBytes));
    }();
    return text;
}

// The same text decomposed (NFD) and in the other tone-mark style: every step has work to do.
const std::string& messy_text() {
    static const std::string text = [] {
        std::string styled = sample_text();
        for (const auto& [from, to] : {std::pair<std::string, std::string>{"òa", "oà"}, {"ủy", "uỷ"}, {"Ủy", "Uỷ"}, {"óa", "oá"}, {"ỏe", "oẻ"}}) {
            for (std::size_t at = 0; (at = styled.find(from, at)) != std::string::npos; at += to.size()) styled.replace(at, from.size(), to);
        }
        UErrorCode status = U_ZERO_ERROR;
        std::string decomposed;
        icu::Normalizer2::getNFDInstance(status)->normalize(icu::UnicodeString::fromUTF8(styled), status).toUTF8String(decomposed);
        return decomposed;
    }();
    return text;
}

void run_normalize(benchmark::State& state, const std::string& text) {
    if (text.empty()) {
        state.SkipWithError("../shared/corpus is absent");
        return;
    }
    for (auto _ : state) benchmark::DoNotOptimize(vbtrack::normalize_text(text));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

void BM_NormalizeSampleText(benchmark::State& state) { run_normalize(state, sample_text()); }
void BM_NormalizeLegalCorpus(benchmark::State& state) { run_normalize(state, corpus_text()); }
void BM_NormalizeDecomposedOtherStyle(benchmark::State& state) { run_normalize(state, messy_text()); }

void BM_Tokenize(benchmark::State& state) {
    const std::string& text = sample_text();
    for (auto _ : state) benchmark::DoNotOptimize(vbtrack::tokenize(text));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}

// Detection and decoding of a Windows-1258 file of the same text (the slowest
// legacy path: it tries every decoding on a 256 KiB sample, then decodes all).
void BM_DetectAndDecodeWindows1258(benchmark::State& state) {
    static const std::string bytes = [] {
        const icu::UnicodeString text = icu::UnicodeString::fromUTF8(sample_text());
        std::string encoded;
        const int32_t length = text.extract(0, text.length(), nullptr, 0, "windows-1258");
        encoded.resize(static_cast<std::size_t>(length));
        text.extract(0, text.length(), encoded.data(), length, "windows-1258");
        return encoded;
    }();
    for (auto _ : state) benchmark::DoNotOptimize(vbtrack::decode_legacy_bytes(bytes));
    state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes.size()));
}

BENCHMARK(BM_NormalizeSampleText)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_NormalizeLegalCorpus)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_NormalizeDecomposedOtherStyle)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DetectAndDecodeWindows1258)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
