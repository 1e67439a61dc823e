#include "pipeline/store/sqlite_store.hpp"

#include <tuple>

#include <nlohmann/json.hpp>

#include "pipeline/core/errors.hpp"
#include "pipeline/store/number_clashes_sql.hpp"
#include "pipeline/store/schema_sql.hpp"

namespace vbtrack {

SqliteStore::SqliteStore(const std::string& path) : db_(path) {
    db_.exec("PRAGMA journal_mode=WAL");
    db_.exec("PRAGMA synchronous=NORMAL");  // WAL + NORMAL: durable across a killed process
    db_.exec("PRAGMA foreign_keys=ON");
    migrate();
}

void SqliteStore::migrate() {
    sqlite::Transaction transaction(db_);
    db_.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
    auto query = db_.prepare("SELECT max(version) FROM schema_version");
    int version = query.step() ? static_cast<int>(query.column_int(0)) : 0;
    if (version > kSchemaVersion)
        throw StoreError("the store was written by a newer vbtrack (schema " + std::to_string(version) +
                         "); upgrade vbtrack or use another --store");
    if (version < 1) {
        db_.exec(kStoreSchemaSql);
        db_.exec("INSERT INTO schema_version(version) VALUES (1)");
    }
    transaction.commit();
}

bool SqliteStore::has_current(const std::string& sha256, const std::string& pipeline_version) {
    std::lock_guard lock(mutex_);
    auto query = db_.prepare("SELECT 1 FROM documents WHERE id = ?1 AND pipeline_version = ?2");
    query.bind(1, sha256).bind(2, pipeline_version);
    return query.step();
}

void SqliteStore::put(const Record& record) {
    std::lock_guard lock(mutex_);
    sqlite::Transaction transaction(db_);
    db_.prepare(R"(INSERT INTO documents(id, path, sha256, status, doc_type, number_symbol, issuer, issued_date,
                                         pipeline_version, record, stored_at)
                   VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
                   ON CONFLICT(id) DO UPDATE SET
                     status = excluded.status, doc_type = excluded.doc_type,
                     number_symbol = excluded.number_symbol, issuer = excluded.issuer,
                     issued_date = excluded.issued_date, pipeline_version = excluded.pipeline_version,
                     record = excluded.record, stored_at = excluded.stored_at)")
        .bind(1, record.id)
        .bind(2, record.source.path)
        .bind(3, record.source.sha256)
        .bind(4, to_string(record.status))
        .bind(5, record.doc_type)
        .bind(6, record.number_symbol)
        .bind(7, record.issuer)
        .bind(8, record.issued_date)
        .bind(9, record.pipeline_version)
        .bind(10, nlohmann::json(record).dump())
        .run();
    db_.prepare("INSERT OR IGNORE INTO document_paths(document_id, path) VALUES (?1, ?2)")
        .bind(1, record.id)
        .bind(2, record.source.path)
        .run();

    db_.prepare("DELETE FROM deadlines WHERE document_id = ?1").bind(1, record.id).run();
    auto deadline = db_.prepare("INSERT INTO deadlines(document_id, ordinal, kind, due, text, task) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (std::size_t i = 0; i < record.deadlines.size(); ++i) {
        const auto& d = record.deadlines[i];
        deadline.bind(1, record.id).bind(2, static_cast<long long>(i)).bind(3, to_string(d.kind));
        deadline.bind(4, d.due ? d.due : d.date).bind(5, d.text).bind(6, d.task).run();
    }
    db_.prepare(R"(DELETE FROM "references" WHERE document_id = ?1)").bind(1, record.id).run();
    auto reference = db_.prepare(R"(INSERT INTO "references"(document_id, ordinal, number_symbol, date) VALUES (?1, ?2, ?3, ?4))");
    for (std::size_t i = 0; i < record.references.size(); ++i)
        reference.bind(1, record.id)
            .bind(2, static_cast<long long>(i))
            .bind(3, record.references[i].number_symbol)
            .bind(4, record.references[i].date)
            .run();
    transaction.commit();
}

void SqliteStore::add_path(const std::string& sha256, const std::string& path) {
    std::lock_guard lock(mutex_);
    db_.prepare("INSERT OR IGNORE INTO document_paths(document_id, path) VALUES (?1, ?2)").bind(1, sha256).bind(2, path).run();
}

std::vector<Record> SqliteStore::read_records(sqlite::Statement& statement) {
    std::vector<Record> out;
    while (statement.step()) out.push_back(nlohmann::json::parse(statement.column_text(0)).get<Record>());
    return out;
}

std::optional<Record> SqliteStore::get(const std::string& id) {
    std::lock_guard lock(mutex_);
    auto query = db_.prepare("SELECT record FROM documents WHERE id = ?1");
    query.bind(1, id);
    auto found = read_records(query);
    if (found.empty()) return std::nullopt;
    return found.front();
}

std::vector<Record> SqliteStore::find_by_number(const std::string& number_symbol) {
    std::lock_guard lock(mutex_);
    auto query = db_.prepare("SELECT record FROM documents WHERE number_symbol = ?1 ORDER BY issued_date");
    query.bind(1, number_symbol);
    return read_records(query);
}

std::vector<Record> SqliteStore::records(const RecordQuery& filter) {
    std::lock_guard lock(mutex_);
    // A negative LIMIT is no limit in SQLite.
    auto query = db_.prepare(R"(SELECT record FROM documents
                                WHERE (?1 IS NULL OR status = ?1)
                                  AND (?2 IS NULL OR json_extract(record, '$.source.format') IN (SELECT value FROM json_each(?2)))
                                ORDER BY path LIMIT ?3)");
    query.bind(1, filter.status).bind(2, formats_json(filter)).bind(3, filter.limit.value_or(-1));
    return read_records(query);
}

std::vector<std::pair<std::string, std::string>> SqliteStore::paths() {
    std::lock_guard lock(mutex_);
    auto query = db_.prepare("SELECT document_id, path FROM document_paths ORDER BY path");
    std::vector<std::pair<std::string, std::string>> out;
    while (query.step()) out.emplace_back(query.column_text(0), query.column_text(1));
    return out;
}

std::vector<NumberClash> SqliteStore::number_clashes() {
    std::lock_guard lock(mutex_);
    auto query = db_.prepare(kNumberClashesSql);
    std::vector<std::tuple<std::string, std::string, std::string, std::string>> rows;
    while (query.step()) rows.emplace_back(query.column_text(0), query.column_text(1), query.column_text(2), query.column_text(3));
    return group_number_clashes(rows);
}

long long SqliteStore::begin_run(const std::string& command) {
    std::lock_guard lock(mutex_);
    db_.prepare("INSERT INTO runs(started_at, command) VALUES (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?1)")
        .bind(1, command)
        .run();
    return sqlite3_last_insert_rowid(db_.get());
}

void SqliteStore::finish_run(long long run_id, const std::string& summary_json) {
    std::lock_guard lock(mutex_);
    db_.prepare("UPDATE runs SET finished_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), summary = ?2 WHERE id = ?1")
        .bind(1, run_id)
        .bind(2, summary_json)
        .run();
}

}  // namespace vbtrack
