// Speed of field extraction (issue: a typical document in under 5 ms).
//   cmake -S . -B build -DCMAKE_BUILD_TYPE=Release && cmake --build build --target extract_bench
//   build/bench/extract_bench
// Each sample document's gold text (samples/*/gold.txt), one paragraph per
// line as the readers give it, through make_field_extractor() — every field
// extractor, deadlines included.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "extractors/extract.hpp"

namespace {

vbtrack::Document document_of(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    vbtrack::Document doc;
    for (std::string line; std::getline(in, line);) {
        if (line.empty()) continue;
        vbtrack::Paragraph p;
        p.text = p.raw_text = line;
        doc.paragraphs.push_back(std::move(p));
    }
    return doc;
}

void extract_document(benchmark::State& state, const std::filesystem::path& path) {
    const vbtrack::Document doc = document_of(path);
    const auto extractor = vbtrack::make_field_extractor();
    const std::string text = doc.text();
    for (auto _ : state) {
        vbtrack::Record record;
        record.text = text;
        extractor->extract(doc, record);
        benchmark::DoNotOptimize(record);
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}

}  // namespace

int main(int argc, char** argv) {
    const std::filesystem::path samples = std::filesystem::path(VBTRACK_SOURCE_DIR) / "samples";
    int registered = 0;
    for (const auto& entry : std::filesystem::directory_iterator(samples)) {
        auto gold = entry.path() / "gold.txt";
        if (!std::filesystem::exists(gold)) continue;
        benchmark::RegisterBenchmark(("extract/" + entry.path().filename().string()).c_str(), extract_document, gold)
            ->Unit(benchmark::kMillisecond);
        ++registered;
    }
    if (registered == 0) {
        std::fprintf(stderr, "extract_bench: no samples/*/gold.txt under %s\n", samples.c_str());
        return 1;
    }
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
