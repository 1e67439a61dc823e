#pragma once

#include <mutex>

#include "pipeline/store/sqlite_handle.hpp"
#include "pipeline/store/store.hpp"

namespace vbtrack {

// The default store: one SQLite file in WAL mode, one transaction per
// document, so a killed run loses at most the documents in flight.
// Safe to share between the batch runner's threads.
class SqliteStore final : public Store {
public:
    explicit SqliteStore(const std::string& path);

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

    static constexpr int kSchemaVersion = 1;

private:
    void migrate();
    std::vector<Record> read_records(sqlite::Statement& statement);

    std::mutex mutex_;
    sqlite::Connection db_;
};

}  // namespace vbtrack
