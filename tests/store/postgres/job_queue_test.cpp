// The PostgreSQL job queue against a real server: claims, leases, and several
// workers on one queue.
#include "pipeline/store/job_queue.hpp"

#include <csignal>
#include <map>
#include <mutex>
#include <set>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include <gtest/gtest.h>
#include <pqxx/pqxx>

#include "postgres_cluster.hpp"

namespace vbtrack {
namespace {

using namespace std::chrono_literals;

// "prefix<n>", built by appending: g++ 12 warns falsely (-Wrestrict) on
// `literal + std::to_string(n)`.
std::string numbered(std::string prefix, long long n) {
    prefix += std::to_string(n);
    return prefix;
}

std::vector<std::string> paths(int n) {
    std::vector<std::string> out;
    for (int i = 0; i < n; ++i) out.push_back(numbered("/shared/docs/", i) + ".pdf");
    return out;
}

// Moves every lease into the past, as if its time had run out.
void expire_leases(const std::string& url) {
    pqxx::connection c{url};
    pqxx::work tx{c};
    tx.exec0("UPDATE jobs SET lease_until = now() - interval '1 second' WHERE state = 'running'");
    tx.commit();
}

TEST(JobQueue, EnqueueSkipsPathsAlreadyWaiting) {
    VBTRACK_REQUIRE_POSTGRES(url);
    JobQueue queue(url);
    EXPECT_EQ(queue.enqueue(paths(3)), 3u);
    EXPECT_EQ(queue.enqueue(paths(5)), 2u);
    EXPECT_EQ(queue.counts().queued, 5);
}

TEST(JobQueue, ClaimsOldestFirstAndEachOnce) {
    VBTRACK_REQUIRE_POSTGRES(url);
    JobQueue queue(url);
    queue.enqueue(paths(2));
    auto a = queue.claim("w1", 60s);
    auto b = queue.claim("w2", 60s);
    ASSERT_TRUE(a && b);
    EXPECT_EQ(a->path, "/shared/docs/0.pdf");
    EXPECT_EQ(b->path, "/shared/docs/1.pdf");
    EXPECT_EQ(a->attempts, 1);
    EXPECT_FALSE(queue.claim("w3", 60s));  // both leased, none expired
    EXPECT_EQ(queue.counts().running, 2);
}

TEST(JobQueue, DoneJobCanBeQueuedAgain) {
    VBTRACK_REQUIRE_POSTGRES(url);
    JobQueue queue(url);
    queue.enqueue({"/shared/a.pdf"});
    auto job = queue.claim("w1", 60s);
    ASSERT_TRUE(job);
    EXPECT_TRUE(queue.complete(*job, "w1", std::string(64, 'a')));
    EXPECT_EQ(queue.enqueue({"/shared/a.pdf"}), 1u);  // e.g. the file changed
}

TEST(JobQueue, ExpiredLeaseIsTakenByAnotherWorkerAndTheFirstLosesIt) {
    VBTRACK_REQUIRE_POSTGRES(url);
    JobQueue queue(url);
    queue.enqueue({"/shared/a.pdf"});
    auto first = queue.claim("w1", 60s);
    ASSERT_TRUE(first);
    expire_leases(url);
    auto second = queue.claim("w2", 60s);
    ASSERT_TRUE(second);
    EXPECT_EQ(second->id, first->id);
    EXPECT_EQ(second->attempts, 2);
    // The first worker comes back late: its renew and completion are refused.
    EXPECT_FALSE(queue.renew(*first, "w1", 60s));
    EXPECT_FALSE(queue.complete(*first, "w1", std::string(64, 'a')));
    EXPECT_TRUE(queue.complete(*second, "w2", std::string(64, 'a')));
    EXPECT_EQ(queue.counts().done, 1);
}

TEST(JobQueue, SameWorkerNameCannotCompleteAnOlderClaim) {
    VBTRACK_REQUIRE_POSTGRES(url);
    JobQueue queue(url);
    queue.enqueue({"/shared/a.pdf"});
    auto old_claim = queue.claim("host:1", 60s);
    expire_leases(url);
    auto new_claim = queue.claim("host:1", 60s);  // a restarted worker with a reused pid
    ASSERT_TRUE(old_claim && new_claim);
    EXPECT_FALSE(queue.complete(*old_claim, "host:1", "x"));
    EXPECT_TRUE(queue.complete(*new_claim, "host:1", "x"));
}

TEST(JobQueue, RenewedLeaseIsNotTaken) {
    VBTRACK_REQUIRE_POSTGRES(url);
    JobQueue queue(url);
    queue.enqueue({"/shared/a.pdf"});
    auto job = queue.claim("w1", 60s);
    expire_leases(url);
    EXPECT_TRUE(queue.renew(*job, "w1", 60s));
    EXPECT_FALSE(queue.claim("w2", 60s));
}

TEST(JobQueue, FileThatKillsEveryWorkerEndsFailed) {
    VBTRACK_REQUIRE_POSTGRES(url);
    JobQueue queue(url);
    queue.enqueue({"/shared/poison.pdf"});
    for (int attempt = 1; attempt <= 2; ++attempt) {
        auto job = queue.claim(numbered("w", attempt), 60s, 2);
        ASSERT_TRUE(job);
        EXPECT_EQ(job->attempts, attempt);
        expire_leases(url);
    }
    EXPECT_FALSE(queue.claim("w3", 60s, 2));
    EXPECT_EQ(queue.counts().failed, 1);
    pqxx::connection c{url};
    pqxx::read_transaction tx{c};
    std::string error = tx.exec1("SELECT error FROM jobs")[0].c_str();
    EXPECT_NE(error.find("2 times"), std::string::npos) << error;
}

TEST(JobQueue, FailRecordsTheError) {
    VBTRACK_REQUIRE_POSTGRES(url);
    JobQueue queue(url);
    queue.enqueue({"/shared/a.pdf"});
    auto job = queue.claim("w1", 60s);
    EXPECT_TRUE(queue.fail(*job, "w1", "/shared/a.pdf: cannot read"));
    EXPECT_EQ(queue.counts().failed, 1);
    EXPECT_FALSE(queue.claim("w2", 60s));
}

// Several workers, each with its own connection, drain one queue at once:
// every job is claimed once and completed once.
TEST(JobQueue, ManyWorkersDoEveryJobExactlyOnce) {
    VBTRACK_REQUIRE_POSTGRES(url);
    constexpr int kJobs = 200, kWorkers = 6;
    JobQueue(url).enqueue(paths(kJobs));
    std::mutex mutex;
    std::multiset<long long> claimed;
    std::map<std::string, int> per_worker;
    std::vector<std::thread> workers;
    for (int w = 0; w < kWorkers; ++w)
        workers.emplace_back([&, name = numbered("w", w)] {
            JobQueue queue(url);
            while (auto job = queue.claim(name, 60s)) {
                ASSERT_TRUE(queue.complete(*job, name, numbered("doc-", job->id)));
                std::lock_guard lock(mutex);
                claimed.insert(job->id);
                ++per_worker[name];
            }
        });
    for (auto& t : workers) t.join();
    ASSERT_EQ(claimed.size(), std::size_t(kJobs));
    EXPECT_EQ(std::set<long long>(claimed.begin(), claimed.end()).size(), std::size_t(kJobs)) << "a job was done twice";
    EXPECT_EQ(JobQueue(url).counts().done, kJobs);
    pqxx::connection c{url};
    pqxx::read_transaction tx{c};
    EXPECT_EQ(tx.exec1("SELECT count(*) FROM jobs WHERE attempts <> 1")[0].as<int>(), 0);
    EXPECT_GT(per_worker.size(), 1u) << "only one worker got jobs: the test did not exercise concurrency";
}

// A worker process is killed (SIGKILL, no chance to clean up) while it holds a
// job; once its lease runs out another worker takes the job and finishes it.
TEST(JobQueue, KilledWorkersJobIsFinishedByAnother) {
    VBTRACK_REQUIRE_POSTGRES(url);
    JobQueue(url).enqueue({"/shared/a.pdf", "/shared/b.pdf"});
    int claimed_pipe[2];
    ASSERT_EQ(pipe(claimed_pipe), 0);
    pid_t child = fork();
    if (child == 0) {
        // The doomed worker: claims with a 2-second lease, reports, then hangs.
        JobQueue queue(url);
        auto job = queue.claim("doomed", std::chrono::seconds(2));
        char id = job ? char(job->id) : 0;
        if (write(claimed_pipe[1], &id, 1) != 1) _exit(1);
        pause();
        _exit(0);
    }
    char doomed_job = 0;
    ASSERT_EQ(read(claimed_pipe[0], &doomed_job, 1), 1);
    ASSERT_NE(doomed_job, 0);
    kill(child, SIGKILL);
    waitpid(child, nullptr, 0);

    JobQueue survivor(url);
    std::set<long long> done;
    for (auto start = std::chrono::steady_clock::now(); done.size() < 2;) {
        ASSERT_LT(std::chrono::steady_clock::now() - start, 20s) << "the killed worker's job was never taken again";
        if (auto job = survivor.claim("survivor", 60s)) {
            ASSERT_TRUE(survivor.complete(*job, "survivor", "doc"));
            done.insert(job->id);
            if (job->id == doomed_job) {
                EXPECT_EQ(job->attempts, 2);
            }
        } else {
            std::this_thread::sleep_for(200ms);  // waiting for the doomed lease to run out
        }
    }
    EXPECT_EQ(done.count(doomed_job), 1u);
    auto counts = survivor.counts();
    EXPECT_EQ(counts.done, 2);
    EXPECT_EQ(counts.running, 0);
}

}  // namespace
}  // namespace vbtrack
