// Runs the ocr stage over scans (PDF or image files) and reports pages per
// second; writes each document's OCR text to OUTDIR/<name>.txt. Every page is
// OCR'd (--ocr always): this measures the stage, not the readers.
//   default:     all files as one batch, their pages spread over the threads
//   --isolated:  file after file, each read in a contained child (ContainedReader)
//                with its pages spread over the threads, as the batch runner does
//
//   ocr_bench [--jobs N] [--isolated] OUTDIR FILE...
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <poppler/cpp/poppler-document.h>

#include "pipeline/core/errors.hpp"
#include "pipeline/core/format.hpp"
#include "pipeline/ocr/image_reader.hpp"
#include "pipeline/ocr/contained_reader.hpp"
#include "pipeline/ocr/ocr_stage.hpp"

namespace {

vbtrack::Document scan_document(const std::filesystem::path& path) {
    vbtrack::SourceInfo source{path.string(), "", std::filesystem::file_size(path), vbtrack::detect_format(path)};
    if (source.format == vbtrack::Format::image) return vbtrack::ocr::ImageReader().read(path, source);
    vbtrack::Document doc;
    doc.source = source;
    std::unique_ptr<poppler::document> pdf(poppler::document::load_from_file(path.string()));
    for (int i = 1; pdf && i <= pdf->pages(); ++i) {
        vbtrack::Page page;
        page.number = i;
        page.needs_ocr = true;
        doc.pages.push_back(page);
    }
    return doc;
}

// Pages of a scan, every one to be OCR'd.
struct ScanReader final : vbtrack::Reader {
    vbtrack::Document read(const std::filesystem::path& path, const vbtrack::SourceInfo&) const override {
        return scan_document(path);
    }
};

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    vbtrack::ocr::OcrOptions options;
    options.mode = vbtrack::ocr::OcrMode::always;
    if (args.size() >= 2 && args[0] == "--jobs") {
        options.jobs = std::stoi(args[1]);
        args.erase(args.begin(), args.begin() + 2);
    }
    const bool isolated = !args.empty() && args[0] == "--isolated";
    if (isolated) args.erase(args.begin());
    if (args.size() < 2) {
        std::cerr << "usage: ocr_bench [--jobs N] [--isolated] OUTDIR FILE...\n";
        return 2;
    }
    const std::filesystem::path out_dir = args[0];
    std::filesystem::create_directories(out_dir);

    const auto start = std::chrono::steady_clock::now();
    vbtrack::ocr::OcrStage stage(options);
    std::vector<vbtrack::Document> docs;
    for (std::size_t i = 1; i < args.size(); ++i) docs.push_back(scan_document(args[i]));
    std::vector<std::optional<std::string>> failures;
    std::size_t pages = 0;
    if (isolated) {
        vbtrack::ReaderRegistry readers;
        readers.add(vbtrack::Format::pdf, std::make_unique<ScanReader>());
        readers.add(vbtrack::Format::image, std::make_unique<ScanReader>());
        const vbtrack::ocr::ContainedReader contained(readers, stage);
        for (auto& d : docs) {
            pages += d.pages.size();
            try {
                d = contained.read(d.source.path, d.source, true, options.limits);
                failures.emplace_back();
            } catch (const vbtrack::InputError& e) {
                failures.emplace_back(e.what());
            }
        }
    } else {
        std::vector<vbtrack::Document*> batch;
        for (auto& d : docs) batch.push_back(&d), pages += d.pages.size();
        failures = stage.recognize(batch);
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    for (std::size_t i = 0; i < docs.size(); ++i) {
        if (failures[i]) std::cerr << docs[i].source.path << ": " << *failures[i] << "\n";
        std::ofstream(out_dir / (std::filesystem::path(docs[i].source.path).filename().string() + ".txt")) << docs[i].text() << "\n";
    }
    std::printf("{\"jobs\": %d, \"documents\": %zu, \"pages\": %zu, \"seconds\": %.2f, \"pages_per_second\": %.3f}\n",
                stage.options().jobs, docs.size(), pages, seconds, static_cast<double>(pages) / seconds);
    return 0;
}
