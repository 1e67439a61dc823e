// How a batch reports what it does: a progress bar on a terminal, NDJSON
// events for machines, or nothing (the CLI prints the summary in every case).
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <ostream>
#include <string>

namespace vbtrack {

enum class FileOutcome { ok, partial, failed, skipped, duplicate };
std::string to_string(FileOutcome);

struct FileEvent {
    std::string path;
    FileOutcome outcome = FileOutcome::ok;
    int pages = 0;
    std::string id;
    std::string error;  // for failed files
};

struct BatchSummary {
    std::size_t files = 0;  // found by the walk
    std::size_t ok = 0, partial = 0, failed = 0, skipped = 0, duplicate = 0;
    std::size_t pages = 0;
    double seconds = 0;

    std::size_t done() const { return ok + partial + failed + skipped + duplicate; }
    void count(const FileEvent& event);
    std::string line() const;  // "12 files: 10 ok, 1 partial, 1 failed, 0 skipped, 0 duplicate (34 pages, 2.1 s)"
    std::string json() const;
};

class ProgressReporter {
public:
    virtual ~ProgressReporter() = default;
    virtual void started(std::size_t files) = 0;
    // Called under the runner's lock, one event at a time.
    virtual void file_done(const FileEvent& event, const BatchSummary& so_far) = 0;
    virtual void finished(const BatchSummary& summary) = 0;
};

std::unique_ptr<ProgressReporter> make_progress_bar(std::ostream& terminal);
std::unique_ptr<ProgressReporter> make_ndjson_events(std::ostream& out);
std::unique_ptr<ProgressReporter> make_silent_progress();

}  // namespace vbtrack
