#pragma once

#include <memory>
#include <mutex>

#include "pipeline/store/postgres_connection.hpp"
#include "pipeline/store/store.hpp"

namespace vbtrack {

// The tracking store on a PostgreSQL server, for teams and many machines: the
// same tables as the SQLite store, one transaction per document. Safe to share
// between threads (one connection, used under a mutex).
class PostgresStore final : public Store {
public:
    // Throws StoreError when the server cannot be reached.
    explicit PostgresStore(const std::string& url);
    ~PostgresStore() override;

    bool has_current(const std::string& sha256, const std::string& pipeline_version) override;
    void put(const Record& record) override;
    void add_path(const std::string& sha256, const std::string& path) override;
    std::optional<Record> get(const std::string& id) override;
    std::vector<Record> find_by_number(const std::string& number_symbol) override;
    std::vector<Record> records(const RecordQuery& query) override;
    std::vector<std::pair<std::string, std::string>> paths() override;
    std::vector<NumberClash> number_clashes() override;
    long long begin_run(const std::string& command) override;
    void finish_run(long long run_id, const std::string& summary_json) override;

private:
    std::mutex mutex_;
    PostgresConnectionPtr connection_;
};

}  // namespace vbtrack
