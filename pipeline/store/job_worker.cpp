#include "pipeline/store/job_worker.hpp"

#include <condition_variable>
#include <mutex>
#include <thread>

#include <unistd.h>

#include "pipeline/core/errors.hpp"
#include "pipeline/store/job_queue.hpp"

namespace vbtrack {

namespace {

// Renews one job's lease every third of the lease, over a connection of its
// own (`queue`), while the worker's thread is busy processing the file.
class LeaseKeeper {
public:
    LeaseKeeper(JobQueue& queue, const Job& job, const WorkerOptions& options)
        : queue_(queue), thread_([this, job, options] { keep(job, options); }) {}

    ~LeaseKeeper() {
        {
            std::lock_guard lock(mutex_);
            finished_ = true;
        }
        wake_.notify_one();
        thread_.join();
    }

private:
    void keep(const Job& job, const WorkerOptions& options) {
        std::unique_lock lock(mutex_);
        while (!wake_.wait_for(lock, options.lease / 3, [this] { return finished_; }))
            if (!queue_.renew(job, options.name, options.lease)) return;  // taken by another: stop renewing
    }

    JobQueue& queue_;
    std::mutex mutex_;
    std::condition_variable wake_;
    bool finished_ = false;
    std::thread thread_;  // last: starts after the members it uses
};

}  // namespace

std::string default_worker_name() {
    char host[256] = {};
    gethostname(host, sizeof host - 1);
    return std::string(host) + ":" + std::to_string(getpid());
}

WorkerSummary run_worker(const std::string& url, Store& store, const ProcessFile& process,
                         const WorkerOptions& options, const std::atomic<bool>& stop) {
    JobQueue queue(url), lease_queue(url);
    WorkerSummary summary;
    while (!stop) {
        auto job = queue.claim(options.name, options.lease, options.max_attempts);
        if (!job) {
            if (options.exit_when_idle) break;
            std::this_thread::sleep_for(options.poll_interval);
            continue;
        }
        std::string error;
        std::optional<Record> record;
        {
            LeaseKeeper keeper(lease_queue, *job, options);
            try {
                record = process(job->path);
                store.put(*record);
            } catch (const SetupError&) {
                // This worker cannot process anything: it stops as if it had died, and
                // the job goes to a worker that can once its lease runs out.
                throw;
            } catch (const std::exception& e) {
                error = e.what();
            }
        }
        const bool still_ours = record ? queue.complete(*job, options.name, record->id)
                                       : queue.fail(*job, options.name, job->path + ": " + error);
        if (!still_ours) ++summary.lost;
        else if (record) ++summary.done;
        else ++summary.failed;
    }
    return summary;
}

}  // namespace vbtrack
