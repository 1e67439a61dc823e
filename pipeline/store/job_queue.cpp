#include "pipeline/store/job_queue.hpp"

#include "pipeline/store/postgres_connection_impl.hpp"

namespace vbtrack {

namespace {

std::string interval(std::chrono::seconds s) { return std::to_string(s.count()) + " seconds"; }

}  // namespace

JobQueue::JobQueue(const std::string& url) : connection_(connect_postgres(url)) {}

JobQueue::~JobQueue() = default;

std::size_t JobQueue::enqueue(const std::vector<std::string>& paths) {
    return connection_->transact<pqxx::work>([&](pqxx::work& tx) {
        std::size_t queued = 0;
        for (const auto& path : paths)
            queued += tx.exec_params(
                            "INSERT INTO jobs(path) VALUES ($1) "
                            "ON CONFLICT (path) WHERE state IN ('queued', 'running') DO NOTHING",
                            path)
                          .affected_rows();
        tx.commit();
        return queued;
    });
}

std::optional<Job> JobQueue::claim(const std::string& worker, std::chrono::seconds lease, int max_attempts) {
    return connection_->transact<pqxx::work>([&](pqxx::work& tx) -> std::optional<Job> {
        tx.exec_params0(
            "UPDATE jobs SET state = 'failed', finished_at = now(), "
            "  error = 'a worker stopped while processing this file ' || attempts || ' times; "
            "the file may crash or hang the pipeline: process it alone with vbtrack extract to see why' "
            "WHERE state = 'running' AND lease_until < now() AND attempts >= $1",
            max_attempts);
        // SKIP LOCKED: a job another worker is claiming right now is passed over,
        // not waited for, so claims never queue behind each other.
        auto rows = tx.exec_params(
            "UPDATE jobs SET state = 'running', worker = $1, attempts = attempts + 1, "
            "  lease_until = now() + $2::interval "
            "WHERE id = (SELECT id FROM jobs "
            "            WHERE state = 'queued' OR (state = 'running' AND lease_until < now()) "
            "            ORDER BY id FOR UPDATE SKIP LOCKED LIMIT 1) "
            "RETURNING id, path, attempts",
            worker, interval(lease));
        tx.commit();
        if (rows.empty()) return std::nullopt;
        return Job{rows[0][0].as<long long>(), rows[0][1].c_str(), rows[0][2].as<int>()};
    });
}

bool JobQueue::renew(const Job& job, const std::string& worker, std::chrono::seconds lease) {
    return connection_->transact<pqxx::work>([&](pqxx::work& tx) {
        auto rows = tx.exec_params(
            "UPDATE jobs SET lease_until = now() + $3::interval "
            "WHERE id = $1 AND worker = $2 AND state = 'running' AND attempts = $4",
            job.id, worker, interval(lease), job.attempts);
        tx.commit();
        return rows.affected_rows() == 1;
    });
}

bool JobQueue::complete(const Job& job, const std::string& worker, const std::string& document_id) {
    return finish(job, worker, "state = 'done', document_id = $3", document_id);
}

bool JobQueue::fail(const Job& job, const std::string& worker, const std::string& error) {
    return finish(job, worker, "state = 'failed', error = $3", error);
}

bool JobQueue::finish(const Job& job, const std::string& worker, std::string_view outcome, const std::string& detail) {
    const std::string sql = "UPDATE jobs SET " + std::string(outcome) +
                            ", finished_at = now(), lease_until = NULL "
                            "WHERE id = $1 AND worker = $2 AND state = 'running' AND attempts = $4";
    return connection_->transact<pqxx::work>([&](pqxx::work& tx) {
        auto rows = tx.exec_params(sql, job.id, worker, detail, job.attempts);
        tx.commit();
        return rows.affected_rows() == 1;
    });
}

QueueCounts JobQueue::counts() {
    return connection_->transact<pqxx::read_transaction>([&](pqxx::read_transaction& tx) {
        QueueCounts counts;
        for (const auto& row : tx.exec("SELECT state, count(*) FROM jobs GROUP BY state")) {
            const std::string state = row[0].c_str();
            const long long n = row[1].as<long long>();
            if (state == "queued") counts.queued = n;
            else if (state == "running") counts.running = n;
            else if (state == "done") counts.done = n;
            else if (state == "failed") counts.failed = n;
        }
        return counts;
    });
}

}  // namespace vbtrack
