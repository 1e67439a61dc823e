#include <algorithm>
#include <csignal>
#include <iostream>
#include <mutex>
#include <thread>

#include "pipeline/batch/document_pipeline.hpp"
#include "pipeline/batch/file_walker.hpp"
#include "pipeline/cli/commands.hpp"
#include "pipeline/core/errors.hpp"
#include "pipeline/core/format.hpp"
#include "pipeline/core/version.hpp"
#include "pipeline/store/job_queue.hpp"
#include "pipeline/store/job_worker.hpp"

namespace vbtrack::cli {

namespace {

std::atomic<bool> g_stop{false};

// The first Ctrl-C or SIGTERM lets the jobs in progress finish; a second one
// (the handler is reset) ends the process, and the leases bring the jobs back.
void request_stop(int) { g_stop = true; }

void stop_on_signals() {
    struct sigaction action {};
    action.sa_handler = request_stop;
    action.sa_flags = SA_RESETHAND;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

std::string require_postgres(const std::string& url_or_empty, const char* command) {
    const std::string url = url_or_empty.empty() ? default_store_url() : url_or_empty;
    if (!url.starts_with("postgresql://") && !url.starts_with("postgres://"))
        throw UsageError(std::string(command) + " needs a shared PostgreSQL store: --store postgresql://USER@HOST/DB "
                         "(or $VBTRACK_STORE); a SQLite file cannot be shared between machines");
    return url;
}

struct WorkerCommandOptions {
    std::string store_url, name;
    unsigned jobs = 1;
    int lease_seconds = 300;
    bool exit_when_idle = false;
};

// The archive teaches its own words in a shared store too (as in `vbtrack ingest`):
// `ingest --enqueue` queues the Word files first, and before its first file of
// another kind a worker learns from the Word records the store holds by then.
// Word files still being processed on other workers at that moment are missed.
class StoreVocabulary {
public:
    void learn_once(DocumentPipeline& pipeline, Store& store) {
        std::call_once(learned_, [&] {
            RecordQuery word_records;
            word_records.formats = kWordFormats;
            word_records.limit = static_cast<long long>(kMaxTeachingFiles);
            for (const Record& record : store.records(word_records)) pipeline.learn_vocabulary(record);
            pipeline.use_learned_vocabulary();
        });
    }

private:
    std::once_flag learned_;
};

// One job: the file's record, or the stored one when these bytes were already
// processed by this version (the new path is remembered).
Record process_job(DocumentPipeline& pipeline, Store& store, StoreVocabulary& vocabulary, const std::string& path) {
    SourceInfo source = describe_file(path);
    if (store.has_current(source.sha256, kPipelineVersion)) {
        store.add_path(source.sha256, path);
        if (auto stored = store.get(source.sha256)) return *stored;
    }
    if (!is_word_format(source.format)) vocabulary.learn_once(pipeline, store);
    return pipeline.process(path, source);
}

int run_workers(const WorkerCommandOptions& o) {
    const std::string url = require_postgres(o.store_url, "vbtrack worker");
    auto store = open_store(url);
    DocumentPipeline pipeline;
    StoreVocabulary vocabulary;
    stop_on_signals();
    const std::string base_name = o.name.empty() ? default_worker_name() : o.name;
    std::vector<WorkerSummary> summaries(o.jobs);
    std::vector<std::exception_ptr> errors(o.jobs);
    {
        std::vector<std::jthread> threads;
        for (unsigned t = 0; t < o.jobs; ++t)
            threads.emplace_back([&, t] {
                WorkerOptions options;
                options.name = o.jobs == 1 ? base_name : base_name + "/" + std::to_string(t);
                options.lease = std::chrono::seconds(o.lease_seconds);
                options.exit_when_idle = o.exit_when_idle;
                try {
                    summaries[t] = run_worker(
                        url, *store, [&](const std::string& path) { return process_job(pipeline, *store, vocabulary, path); },
                        options, g_stop);
                } catch (...) {
                    errors[t] = std::current_exception();
                    g_stop = true;
                }
            });
    }
    for (const auto& error : errors)
        if (error) std::rethrow_exception(error);
    WorkerSummary total;
    for (const auto& s : summaries) {
        total.done += s.done;
        total.failed += s.failed;
        total.lost += s.lost;
    }
    auto counts = JobQueue(url).counts();
    std::cerr << "vbtrack worker " << base_name << ": " << total.done << " done, " << total.failed << " failed";
    if (total.lost) std::cerr << ", " << total.lost << " finished after their lease passed to another worker";
    std::cerr << "; queue: " << counts.queued << " queued, " << counts.running << " running, " << counts.done
              << " done, " << counts.failed << " failed\n";
    return total.failed > 0 ? kSomeFailed : kAllDone;
}

}  // namespace

int enqueue_files(const std::vector<std::string>& inputs, const std::string& store_url) {
    const std::string url = require_postgres(store_url, "vbtrack ingest --enqueue");
    std::vector<std::filesystem::path> paths(inputs.begin(), inputs.end());
    WalkResult walk = walk_inputs(paths);
    // Workers on other machines open the same path: queue it absolute.
    // Word files first: workers claim in queue order, and they teach the others (StoreVocabulary).
    std::stable_partition(walk.files.begin(), walk.files.end(),
                          [](const std::filesystem::path& file) { return is_word_format(detect_format(file)); });
    std::vector<std::string> files;
    for (const auto& file : walk.files) files.push_back(std::filesystem::absolute(file).lexically_normal().string());
    JobQueue queue(url);
    const std::size_t queued = queue.enqueue(files);
    for (const auto& problem : walk.problems) std::cerr << "vbtrack ingest: " << problem << "\n";
    std::cerr << queued << " files queued (" << files.size() - queued << " already waiting); start workers with "
              << "`vbtrack worker --store URL` on machines that see these paths\n";
    return walk.problems.empty() ? kAllDone : kSomeFailed;
}

void add_worker_command(CLI::App& app, int& exit_code) {
    auto o = std::make_shared<WorkerCommandOptions>();
    auto* command = app.add_subcommand("worker", "process files queued in a shared PostgreSQL store (ingest --enqueue)");
    add_store_option(*command, o->store_url);
    command->add_option("--jobs,-j", o->jobs, "jobs processed at once on this machine (default 1)")->check(CLI::Range(1u, 256u));
    command->add_option("--lease", o->lease_seconds,
                        "seconds a claimed job stays this worker's without renewal (default 300); "
                        "a dead worker's job is taken again after this")
        ->check(CLI::Range(5, 86400));
    command->add_option("--name", o->name, "name in the jobs table (default HOST:PID)");
    command->add_flag("--exit-when-idle", o->exit_when_idle, "stop when the queue is empty instead of waiting");
    command->callback([o, &exit_code] { exit_code = run_workers(*o); });
}

}  // namespace vbtrack::cli
