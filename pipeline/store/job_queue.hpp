// The queue of files in a shared PostgreSQL store (`ingest --enqueue` fills it,
// `vbtrack worker` empties it). Workers on any number of machines claim jobs
// with SELECT … FOR UPDATE SKIP LOCKED, so no two take the same job; a claim is
// a lease, renewed while the worker is alive, and a job whose lease ran out
// (its worker died) is claimed again by another.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "pipeline/store/postgres_connection.hpp"

namespace vbtrack {

struct Job {
    long long id = 0;
    std::string path;
    int attempts = 0;  // claims so far, this one included
};

struct QueueCounts {
    long long queued = 0, running = 0, done = 0, failed = 0;
};

class JobQueue {
public:
    // Throws StoreError when the server cannot be reached.
    explicit JobQueue(const std::string& url);
    ~JobQueue();

    // Queues each path not already waiting or running; returns how many it queued.
    std::size_t enqueue(const std::vector<std::string>& paths);

    // The oldest queued job, or one whose lease has expired, now leased to
    // `worker` for `lease`. A job claimed `max_attempts` times whose lease ran
    // out is marked failed instead: a file that kills every worker must not
    // circulate forever.
    std::optional<Job> claim(const std::string& worker, std::chrono::seconds lease, int max_attempts = 3);

    // Extends the lease; false when the job is no longer this worker's.
    bool renew(const Job& job, const std::string& worker, std::chrono::seconds lease);
    // Marks the job done (with the record it produced) or failed; false when the
    // job is no longer this worker's (its lease expired and another took it).
    bool complete(const Job& job, const std::string& worker, const std::string& document_id);
    bool fail(const Job& job, const std::string& worker, const std::string& error);

    QueueCounts counts();

private:
    // Ends a running job this worker still holds with `outcome` (SQL assignments, $3 = detail).
    bool finish(const Job& job, const std::string& worker, std::string_view outcome, const std::string& detail);

    PostgresConnectionPtr connection_;
};

}  // namespace vbtrack
