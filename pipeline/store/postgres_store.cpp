#include "pipeline/store/postgres_store.hpp"

#include <tuple>

#include <nlohmann/json.hpp>

#include "pipeline/store/number_clashes_sql.hpp"
#include "pipeline/store/postgres_connection_impl.hpp"

namespace vbtrack {

namespace {

// libpqxx 6 has no std::optional parameters; a null pointer is SQL NULL.
const char* or_null(const std::optional<std::string>& value) { return value ? value->c_str() : nullptr; }

constexpr const char* kUtcNow = "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')";

std::vector<Record> read_records(const pqxx::result& rows) {
    std::vector<Record> out;
    out.reserve(rows.size());
    for (const auto& row : rows) out.push_back(nlohmann::json::parse(row[0].c_str()).get<Record>());
    return out;
}

}  // namespace

PostgresStore::PostgresStore(const std::string& url) : connection_(connect_postgres(url)) {}

PostgresStore::~PostgresStore() = default;

bool PostgresStore::has_current(const std::string& sha256, const std::string& pipeline_version) {
    std::lock_guard lock(mutex_);
    return connection_->transact<pqxx::read_transaction>([&](pqxx::read_transaction& tx) {
        return !tx.exec_params("SELECT 1 FROM documents WHERE id = $1 AND pipeline_version = $2", sha256,
                               pipeline_version)
                    .empty();
    });
}

void PostgresStore::put(const Record& record) {
    std::lock_guard lock(mutex_);
    return connection_->transact<pqxx::work>([&](pqxx::work& tx) {
        tx.exec_params0(std::string(R"(INSERT INTO documents(id, path, sha256, status, doc_type, number_symbol, issuer,
                                                           issued_date, pipeline_version, record, stored_at)
                                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, )") +
                            kUtcNow + R"()
                                     ON CONFLICT (id) DO UPDATE SET
                                       status = excluded.status, doc_type = excluded.doc_type,
                                       number_symbol = excluded.number_symbol, issuer = excluded.issuer,
                                       issued_date = excluded.issued_date,
                                       pipeline_version = excluded.pipeline_version,
                                       record = excluded.record, stored_at = excluded.stored_at)",
                        record.id, record.source.path, record.source.sha256, to_string(record.status), record.doc_type,
                        record.number_symbol, record.issuer, or_null(record.issued_date), record.pipeline_version,
                        nlohmann::json(record).dump());
        tx.exec_params0("INSERT INTO document_paths(document_id, path) VALUES ($1, $2) ON CONFLICT DO NOTHING", record.id,
                        record.source.path);

        tx.exec_params0("DELETE FROM deadlines WHERE document_id = $1", record.id);
        for (std::size_t i = 0; i < record.deadlines.size(); ++i) {
            const auto& d = record.deadlines[i];
            tx.exec_params0("INSERT INTO deadlines(document_id, ordinal, kind, due, text, task) VALUES ($1, $2, $3, $4, $5, $6)",
                            record.id, static_cast<long long>(i), to_string(d.kind), or_null(d.due ? d.due : d.date),
                            d.text, d.task);
        }
        tx.exec_params0(R"(DELETE FROM "references" WHERE document_id = $1)", record.id);
        for (std::size_t i = 0; i < record.references.size(); ++i)
            tx.exec_params0(R"(INSERT INTO "references"(document_id, ordinal, number_symbol, date) VALUES ($1, $2, $3, $4))",
                            record.id, static_cast<long long>(i), record.references[i].number_symbol,
                            or_null(record.references[i].date));
        tx.commit();
    });
}

void PostgresStore::add_path(const std::string& sha256, const std::string& path) {
    std::lock_guard lock(mutex_);
    return connection_->transact<pqxx::work>([&](pqxx::work& tx) {
        tx.exec_params0("INSERT INTO document_paths(document_id, path) VALUES ($1, $2) ON CONFLICT DO NOTHING", sha256, path);
        tx.commit();
    });
}

std::optional<Record> PostgresStore::get(const std::string& id) {
    std::lock_guard lock(mutex_);
    return connection_->transact<pqxx::read_transaction>([&](pqxx::read_transaction& tx) -> std::optional<Record> {
        auto found = read_records(tx.exec_params("SELECT record FROM documents WHERE id = $1", id));
        if (found.empty()) return std::nullopt;
        return found.front();
    });
}

std::vector<Record> PostgresStore::find_by_number(const std::string& number_symbol) {
    std::lock_guard lock(mutex_);
    return connection_->transact<pqxx::read_transaction>([&](pqxx::read_transaction& tx) {
        return read_records(
            tx.exec_params("SELECT record FROM documents WHERE number_symbol = $1 ORDER BY issued_date", number_symbol));
    });
}

std::vector<Record> PostgresStore::records(const RecordQuery& query) {
    std::lock_guard lock(mutex_);
    return connection_->transact<pqxx::read_transaction>([&](pqxx::read_transaction& tx) {
        // COLLATE "C": byte order, the order SQLite gives, whatever the server's locale.
        // LIMIT NULL is no limit.
        const auto formats = formats_json(query);
        return read_records(tx.exec_params(
            R"(SELECT record FROM documents
               WHERE ($1::text IS NULL OR status = $1)
                 AND ($2::jsonb IS NULL OR record->'source'->>'format' IN (SELECT jsonb_array_elements_text($2::jsonb)))
               ORDER BY path COLLATE "C" LIMIT $3::bigint)",
            or_null(query.status), or_null(formats), query.limit));
    });
}

std::vector<std::pair<std::string, std::string>> PostgresStore::paths() {
    std::lock_guard lock(mutex_);
    return connection_->transact<pqxx::read_transaction>([&](pqxx::read_transaction& tx) {
        std::vector<std::pair<std::string, std::string>> out;
        for (const auto& row : tx.exec(R"(SELECT document_id, path FROM document_paths ORDER BY path COLLATE "C")"))
            out.emplace_back(row[0].c_str(), row[1].c_str());
        return out;
    });
}

std::vector<NumberClash> PostgresStore::number_clashes() {
    std::lock_guard lock(mutex_);
    return connection_->transact<pqxx::read_transaction>([&](pqxx::read_transaction& tx) {
        std::vector<std::tuple<std::string, std::string, std::string, std::string>> rows;
        for (const auto& row : tx.exec(kNumberClashesSql))
            rows.emplace_back(row[0].c_str(), row[1].c_str(), row[2].c_str(), row[3].c_str());
        return group_number_clashes(rows);
    });
}

long long PostgresStore::begin_run(const std::string& command) {
    std::lock_guard lock(mutex_);
    return connection_->transact<pqxx::work>([&](pqxx::work& tx) {
        auto row = tx.exec_params1(std::string("INSERT INTO runs(started_at, command) VALUES (") + kUtcNow +
                                       ", $1) RETURNING id",
                                   command);
        tx.commit();
        return row[0].as<long long>();
    });
}

void PostgresStore::finish_run(long long run_id, const std::string& summary_json) {
    std::lock_guard lock(mutex_);
    return connection_->transact<pqxx::work>([&](pqxx::work& tx) {
        tx.exec_params0(std::string("UPDATE runs SET finished_at = ") + kUtcNow + ", summary = $2 WHERE id = $1", run_id,
                        summary_json);
        tx.commit();
    });
}

}  // namespace vbtrack
