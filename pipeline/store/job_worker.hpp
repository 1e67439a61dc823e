// The loop of `vbtrack worker`: claim a job, process its file, store the
// record, mark the job done; renew the lease meanwhile so that a long OCR run
// is not mistaken for a dead worker.
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <string>

#include "pipeline/core/record.hpp"
#include "pipeline/store/store.hpp"

namespace vbtrack {

struct WorkerOptions {
    std::string name;  // how this worker appears in the jobs table
    std::chrono::seconds lease{300};
    int max_attempts = 3;
    bool exit_when_idle = false;  // stop once the queue is empty instead of waiting for more
    std::chrono::milliseconds poll_interval{2000};
};

struct WorkerSummary {
    long long done = 0;    // jobs this worker finished (their records stored)
    long long failed = 0;  // jobs whose processing threw
    long long lost = 0;    // jobs finished after their lease had passed to another worker
};

// Turns one file into its record. The batch's per-document function; it should
// return a failed record rather than throw, but a throw only fails the job.
using ProcessFile = std::function<Record(const std::string& path)>;

// Works on the queue at `url` until `stop` is set (or, with exit_when_idle, the
// queue is empty). Throws StoreError when the store cannot be reached.
WorkerSummary run_worker(const std::string& url, Store& store, const ProcessFile& process,
                         const WorkerOptions& options, const std::atomic<bool>& stop);

// hostname:pid, unique enough to tell workers apart in the jobs table.
std::string default_worker_name();

}  // namespace vbtrack
