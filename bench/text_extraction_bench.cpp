// In-process text extraction speed: the docx and PDF readers over every
// sample file, as documents per second. bench/text_extraction.sh compares the
// same files with pandoc and pdftotext, and runs this for the in-process figure.
#include <filesystem>
#include <vector>

#include <benchmark/benchmark.h>

#include "pipeline/core/format.hpp"
#include "pipeline/ingest/docx_reader.hpp"
#include "pipeline/ingest/pdf_reader.hpp"

namespace {

namespace fs = std::filesystem;

std::vector<vbtrack::SourceInfo> samples(const std::string& suffix, vbtrack::Format format) {
    std::vector<vbtrack::SourceInfo> out;
    for (const auto& e : fs::recursive_directory_iterator(fs::path(VBTRACK_SOURCE_DIR) / "samples"))
        if (e.path().string().ends_with(suffix)) {
            vbtrack::SourceInfo s;
            s.path = e.path().string();
            s.size = e.file_size();
            s.format = format;
            out.push_back(s);
        }
    return out;
}

void read_all(benchmark::State& state, const vbtrack::Reader& reader, const std::vector<vbtrack::SourceInfo>& files) {
    std::size_t chars = 0;
    for (auto _ : state)
        for (const auto& f : files) {
            auto doc = reader.read(f.path, f);
            chars += doc.text().size();
            benchmark::DoNotOptimize(doc);
        }
    state.counters["documents/s"] =
        benchmark::Counter(static_cast<double>(state.iterations() * files.size()), benchmark::Counter::kIsRate);
    state.counters["bytes"] = static_cast<double>(chars);
}

void BM_DocxReader(benchmark::State& state) {
    read_all(state, vbtrack::DocxReader(), samples(".docx", vbtrack::Format::docx));
}
void BM_PdfTextReader(benchmark::State& state) {
    read_all(state, vbtrack::PdfReader(), samples(".text.pdf", vbtrack::Format::pdf));
}

BENCHMARK(BM_DocxReader)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_PdfTextReader)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
