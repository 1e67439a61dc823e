#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <thread>

#include "pipeline/batch/batch_runner.hpp"
#include "pipeline/cli/commands.hpp"
#include "pipeline/core/errors.hpp"

namespace vbtrack::cli {
namespace {

struct IngestOptions {
    std::vector<std::string> paths;
    std::string store_url;
    unsigned jobs = 0;
    std::string ocr = "auto";
    bool reprocess = false;
    std::string events;
    bool enqueue = false;
};

std::unique_ptr<ProgressReporter> choose_progress(const IngestOptions& o) {
    if (o.events == "ndjson") return make_ndjson_events(std::cout);
    // A progress bar only for a person watching; logs and pipes get the summary alone.
    if (isatty(STDERR_FILENO)) return make_progress_bar(std::cerr);
    return make_silent_progress();
}

// Documents are spread over the batch workers; each worker's OCR gets its share of the cores
// for the pages of its document.
ocr::OcrOptions ocr_options(const IngestOptions& o) {
    ocr::OcrOptions options;
    options.mode = ocr::parse_ocr_mode(o.ocr);
    unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    unsigned workers = o.jobs ? o.jobs : cores;
    options.jobs = static_cast<int>(std::max(1u, cores / workers));
    return options;
}

// Different files that claim one issuer's number in one year: all are kept, and the
// archivist is told, since it is a re-scan, a draft beside the signed copy, or a typo.
void report_number_clashes(const std::vector<NumberClash>& clashes) {
    constexpr std::size_t kShown = 10;
    for (std::size_t i = 0; i < std::min(clashes.size(), kShown); ++i) {
        const auto& clash = clashes[i];
        std::cerr << "number " << clash.number_symbol << " of " << (clash.issuer.empty() ? "one issuer" : clash.issuer)
                  << " (" << clash.year << ") is claimed by " << clash.paths.size() << " different files:";
        for (const auto& path : clash.paths) std::cerr << "\n  " << path;
        std::cerr << "\n";
    }
    if (clashes.size() > kShown) std::cerr << "… and " << clashes.size() - kShown << " more numbers claimed twice.\n";
    if (!clashes.empty()) std::cerr << "All are kept; `vbtrack show NUMBER` shows the records of one number.\n";
}

int run(const IngestOptions& o) {
    auto store = open_store(o.store_url);
    DocumentPipeline pipeline(ocr_options(o));
    auto progress = choose_progress(o);
    std::vector<std::filesystem::path> inputs(o.paths.begin(), o.paths.end());
    long long run_id = store->begin_run("ingest");
    BatchResult result = run_batch(inputs, *store, pipeline, BatchOptions{o.jobs, o.reprocess}, *progress);
    store->finish_run(run_id, result.summary.json());
    for (const auto& problem : result.walk_problems) std::cerr << "vbtrack ingest: " << problem << "\n";
    std::cerr << result.summary.line() << "\n";
    if (result.ignored > 0)
        std::cerr << result.ignored << " other files left out (not a document type; name a file to ingest it anyway)\n";
    report_number_clashes(store->number_clashes());
    if (result.summary.failed > 0) {
        std::cerr << "Failed files have records with the reason: vbtrack export --format jsonl, or vbtrack show ID.\n";
        return kSomeFailed;
    }
    return result.walk_problems.empty() ? kAllDone : kSomeFailed;
}

}  // namespace

void add_ingest_command(CLI::App& app, int& exit_code) {
    auto options = std::make_shared<IngestOptions>();
    auto* command = app.add_subcommand("ingest", "ingest files and folders into the tracking store");
    command->add_option("PATH", options->paths, "files or folders (walked recursively)")->required();
    add_store_option(*command, options->store_url);
    command->add_option("--jobs,-j", options->jobs, "worker threads (default: every core)");
    command->add_option("--ocr", options->ocr, "when to OCR: auto (pages without a usable text layer), always, never")
        ->check(CLI::IsMember({"auto", "always", "never"}));
    command->add_flag("--reprocess", options->reprocess, "process files again even when already stored");
    command->add_option("--events", options->events, "machine-readable progress on stdout")
        ->check(CLI::IsMember({"ndjson"}));
    command->add_flag("--enqueue", options->enqueue,
                      "only queue the files in a shared PostgreSQL store, for `vbtrack worker`s to process");
    command->callback([options, &exit_code] {
        exit_code = options->enqueue ? enqueue_files(options->paths, options->store_url) : run(*options);
    });
}

}  // namespace vbtrack::cli
