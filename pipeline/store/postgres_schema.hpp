// The tracking store's schema (schemas/store.sql) in PostgreSQL's dialect, plus
// the `jobs` queue that workers on several machines share. Same tables and
// columns as the SQLite store (a test compares them); identity columns where
// SQLite has rowids, JSONB for the record.
#pragma once

#include <pqxx/connection>

namespace vbtrack {

inline constexpr int kPostgresSchemaVersion = 1;

// Creates or checks the schema under an advisory lock, so workers starting
// together do not race. Throws StoreError when the store is newer than this
// program.
void migrate_postgres(pqxx::connection& connection);

}  // namespace vbtrack
