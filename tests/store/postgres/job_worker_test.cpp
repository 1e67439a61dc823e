// `vbtrack worker`'s loop against a real server and store, with a processing
// function written for the test (the real one is the batch's).
#include "pipeline/store/job_worker.hpp"

#include <thread>

#include <gtest/gtest.h>

#include "pipeline/core/errors.hpp"
#include "pipeline/core/sha256.hpp"
#include "pipeline/store/job_queue.hpp"
#include "postgres_cluster.hpp"

namespace vbtrack {
namespace {

using namespace std::chrono_literals;

Record record_for(const std::string& path) {
    Record r;
    r.id = sha256_hex(path);
    r.source = {path, r.id, path.size(), Format::txt};
    r.title = "Văn bản " + path;
    r.pipeline_version = "test";
    return r;
}

WorkerOptions draining(const std::string& name) {
    WorkerOptions options;
    options.name = name;
    options.exit_when_idle = true;
    return options;
}

TEST(JobWorker, DrainsTheQueueIntoTheStore) {
    VBTRACK_REQUIRE_POSTGRES(url);
    JobQueue(url).enqueue({"/shared/a.txt", "/shared/b.txt", "/shared/c.txt"});
    auto store = open_store(url);
    std::atomic<bool> stop{false};
    auto summary = run_worker(url, *store, record_for, draining("w1"), stop);
    EXPECT_EQ(summary.done, 3);
    EXPECT_EQ(summary.failed, 0);
    EXPECT_EQ(JobQueue(url).counts().done, 3);
    auto stored = store->get(sha256_hex("/shared/b.txt"));
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->title, "Văn bản /shared/b.txt");
}

TEST(JobWorker, ProcessingThatThrowsFailsOnlyItsJob) {
    VBTRACK_REQUIRE_POSTGRES(url);
    JobQueue(url).enqueue({"/shared/bad.txt", "/shared/good.txt"});
    auto store = open_store(url);
    std::atomic<bool> stop{false};
    auto summary = run_worker(
        url, *store,
        [](const std::string& path) {
            if (path.find("bad") != std::string::npos) throw std::runtime_error("cannot read");
            return record_for(path);
        },
        draining("w1"), stop);
    EXPECT_EQ(summary.done, 1);
    EXPECT_EQ(summary.failed, 1);
    auto counts = JobQueue(url).counts();
    EXPECT_EQ(counts.done, 1);
    EXPECT_EQ(counts.failed, 1);
}

// vbtrack's own setup is broken (e.g. an unreadable language model): the
// worker stops without failing the job, which stays claimed until its lease
// runs out and another worker takes it.
TEST(JobWorker, SetupErrorStopsTheWorkerAndLeavesTheJobToAnother) {
    VBTRACK_REQUIRE_POSTGRES(url);
    JobQueue(url).enqueue({"/shared/scan.pdf"});
    auto store = open_store(url);
    std::atomic<bool> stop{false};
    EXPECT_THROW(run_worker(
                     url, *store,
                     [](const std::string&) -> Record { throw SetupError("model unreadable: rebuild it"); },
                     draining("broken"), stop),
                 SetupError);
    auto counts = JobQueue(url).counts();
    EXPECT_EQ(counts.failed, 0);
    EXPECT_EQ(counts.running, 1);
}

// Processing longer than the lease: the worker renews it, so nobody else
// takes the job meanwhile.
TEST(JobWorker, LongJobKeepsItsLease) {
    VBTRACK_REQUIRE_POSTGRES(url);
    JobQueue(url).enqueue({"/shared/slow.pdf"});
    auto store = open_store(url);
    auto options = draining("slow");
    options.lease = 3s;
    std::atomic<bool> stop{false}, started{false};
    std::thread worker([&] {
        run_worker(
            url, *store,
            [&](const std::string& path) {
                started = true;
                std::this_thread::sleep_for(5s);
                return record_for(path);
            },
            options, stop);
    });
    while (!started) std::this_thread::sleep_for(50ms);
    std::this_thread::sleep_for(4s);  // past the first lease
    EXPECT_FALSE(JobQueue(url).claim("thief", 60s)) << "a job in progress was taken from a live worker";
    worker.join();
    EXPECT_EQ(JobQueue(url).counts().done, 1);
}

}  // namespace
}  // namespace vbtrack
