#include "pipeline/store/postgres_schema.hpp"

#include <string>

#include <pqxx/pqxx>

#include "pipeline/core/errors.hpp"
#include "pipeline/store/postgres_schema_sql.hpp"

namespace vbtrack {

namespace {

// Any fixed number: the key of the advisory lock that serializes migrations.
constexpr long long kMigrationLock = 0x76627472616b;  // "vbtrak"

}  // namespace

void migrate_postgres(pqxx::connection& connection) {
    pqxx::work tx{connection};
    tx.exec_params("SELECT pg_advisory_xact_lock($1)", kMigrationLock);
    tx.exec0("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
    auto row = tx.exec1("SELECT coalesce(max(version), 0) FROM schema_version");
    const int version = row[0].as<int>();
    if (version > kPostgresSchemaVersion)
        throw StoreError("the PostgreSQL store was written by a newer vbtrack (schema " + std::to_string(version) +
                         "); upgrade vbtrack or use another --store");
    if (version < 1) {
        tx.exec0(kPostgresSchemaSql);
        tx.exec_params0("INSERT INTO schema_version(version) VALUES ($1)", kPostgresSchemaVersion);
    }
    tx.commit();
}

}  // namespace vbtrack
