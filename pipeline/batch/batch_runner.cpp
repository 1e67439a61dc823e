#include "pipeline/batch/batch_runner.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <set>
#include <thread>

#include "pipeline/core/errors.hpp"
#include "pipeline/core/format.hpp"
#include "pipeline/core/sha256.hpp"
#include "pipeline/core/version.hpp"

namespace vbtrack {
namespace {

FileOutcome outcome_of(const Record& r) {
    switch (r.status) {
        case Status::ok: return FileOutcome::ok;
        case Status::partial: return FileOutcome::partial;
        case Status::duplicate: return FileOutcome::duplicate;
        case Status::failed: break;
    }
    return FileOutcome::failed;
}

// A file with its format, detected once: ordering the batch needs it, and
// reading the first bytes again would cost a second round trip on a network share.
struct InputFile {
    std::filesystem::path path;
    Format format;
};

// Word files are the author's own text with the right marks: read first, they
// teach the model the archive's vocabulary before the scans are repaired
// (is_word_format, kMaxTeachingFiles).
class Batch {
public:
    Batch(std::vector<std::filesystem::path> files, Store& store, DocumentPipeline& pipeline,
          const BatchOptions& options, ProgressReporter& progress)
        : store_(store), pipeline_(pipeline), options_(options), progress_(progress) {
        summary_.files = files.size();
        for (auto& path : files) {
            const Format format = detect_format(path);
            (is_word_format(format) ? word_files_ : others_).push_back({std::move(path), format});
        }
    }

    BatchSummary run() {
        auto start = std::chrono::steady_clock::now();
        progress_.started(summary_.files);
        unsigned jobs = options_.jobs ? options_.jobs : std::max(1u, std::thread::hardware_concurrency());
        jobs = std::min<unsigned>(jobs, std::max<std::size_t>(1, summary_.files));
        // The Word files teach only when something after them may need repair.
        learning_ = !others_.empty();
        run_phase(word_files_, jobs);
        pipeline_.use_learned_vocabulary();
        learning_ = false;
        run_phase(others_, jobs);
        if (failure_) std::rethrow_exception(failure_);
        // Same bytes met twice in this run: one document, every path remembered.
        for (const auto& [sha256, path] : duplicate_paths_) store_.add_path(sha256, path);
        summary_.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        progress_.finished(summary_);
        return summary_;
    }

private:
    void run_phase(const std::vector<InputFile>& files, unsigned jobs) {
        next_ = 0;
        std::vector<std::jthread> workers;
        for (unsigned i = 0; i < jobs; ++i) workers.emplace_back([this, &files] { work(files); });
    }

    void work(const std::vector<InputFile>& files) {
        for (std::size_t i; (i = next_++) < files.size() && !stop_;) {
            try {
                report(process(files[i], learning_ && i < kMaxTeachingFiles));
            } catch (const StoreError&) {
                stop_with(std::current_exception());
            } catch (const SetupError&) {
                stop_with(std::current_exception());
            }
        }
    }

    // A store or setup failure would fail every file after it: the batch stops, and
    // the files not yet done are done by the same command once the cause is fixed.
    void stop_with(std::exception_ptr failure) {
        std::lock_guard lock(mutex_);
        if (!failure_) failure_ = failure;
        stop_ = true;
    }

    FileEvent process(const InputFile& file, bool teaches) {
        const std::filesystem::path& path = file.path;
        FileEvent event;
        event.path = path.string();
        SourceInfo source;
        try {
            source = describe_file(path, file.format);
        } catch (const std::exception& e) {
            // Unreadable bytes cannot be hashed: the record is keyed by the path instead.
            source.path = path.string();
            Record record = failed_record(source, std::string("cannot read the file (") + e.what() +
                                                      "); check that it exists and that you may read it");
            record.id = sha256_hex("unreadable:" + source.path);
            store_.put(record);
            event.outcome = FileOutcome::failed;
            event.id = record.id;
            event.error = record.errors.front();
            return event;
        }
        event.id = source.sha256;
        {
            std::lock_guard lock(mutex_);
            if (!seen_.insert(source.sha256).second) {
                duplicate_paths_.emplace_back(source.sha256, source.path);
                event.outcome = FileOutcome::duplicate;
                return event;
            }
        }
        if (!options_.reprocess && store_.has_current(source.sha256, kPipelineVersion)) {
            store_.add_path(source.sha256, source.path);
            event.outcome = FileOutcome::skipped;
            // Stored by an earlier run, it is still part of this batch's archive.
            if (teaches)
                if (const auto stored = store_.get(source.sha256)) pipeline_.learn_vocabulary(*stored);
            return event;
        }
        Record record = pipeline_.process(path, source);
        store_.put(record);
        if (teaches) pipeline_.learn_vocabulary(record);
        event.outcome = outcome_of(record);
        event.pages = record.pages;
        if (!record.errors.empty()) event.error = record.errors.front();
        return event;
    }

    void report(const FileEvent& event) {
        std::lock_guard lock(mutex_);
        summary_.count(event);
        progress_.file_done(event, summary_);
    }

    std::vector<InputFile> word_files_, others_;
    Store& store_;
    DocumentPipeline& pipeline_;
    BatchOptions options_;
    ProgressReporter& progress_;

    std::atomic<std::size_t> next_{0};
    std::atomic<bool> stop_{false};
    bool learning_ = false;  // set only between phases, while no worker runs
    std::mutex mutex_;
    std::set<std::string> seen_;
    std::vector<std::pair<std::string, std::string>> duplicate_paths_;
    BatchSummary summary_;
    std::exception_ptr failure_;
};

}  // namespace

BatchResult run_batch(const std::vector<std::filesystem::path>& inputs, Store& store, DocumentPipeline& pipeline,
                      const BatchOptions& options, ProgressReporter& progress) {
    auto walk = walk_inputs(inputs);
    BatchResult result;
    result.walk_problems = std::move(walk.problems);
    result.ignored = walk.ignored;
    result.summary = Batch(std::move(walk.files), store, pipeline, options, progress).run();
    return result;
}

}  // namespace vbtrack
