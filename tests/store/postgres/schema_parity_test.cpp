// DESIGN.md §4: PostgreSQL runs the same schema as SQLite. Compares the
// tables and columns both stores create, so a column added to one cannot be
// forgotten in the other.
#include <filesystem>
#include <map>

#include <gtest/gtest.h>
#include <pqxx/pqxx>
#include <sqlite3.h>

#include "pipeline/store/store.hpp"
#include "postgres_cluster.hpp"

namespace vbtrack {
namespace {

namespace fs = std::filesystem;
using Tables = std::map<std::string, std::vector<std::string>>;  // table → columns in order

Tables sqlite_tables(const fs::path& file) {
    open_store("sqlite:" + file.string());  // creates the schema
    sqlite3* db = nullptr;
    EXPECT_EQ(sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    std::unique_ptr<sqlite3, decltype(&sqlite3_close)> guard(db, sqlite3_close);
    Tables tables;
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p "
                       "WHERE m.type = 'table' ORDER BY m.name, p.cid",
                       -1, &stmt, nullptr);
    while (sqlite3_step(stmt) == SQLITE_ROW)
        tables[reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0))].push_back(
            reinterpret_cast<const char*>(sqlite3_column_text(stmt, 1)));
    sqlite3_finalize(stmt);
    return tables;
}

Tables postgres_tables(const std::string& url) {
    open_store(url);
    pqxx::connection c{url};
    pqxx::read_transaction tx{c};
    Tables tables;
    for (const auto& row : tx.exec("SELECT table_name, column_name FROM information_schema.columns "
                                   "WHERE table_schema = 'public' ORDER BY table_name, ordinal_position"))
        tables[row[0].c_str()].push_back(row[1].c_str());
    return tables;
}

TEST(SchemaParity, PostgresHasSqlitesTablesAndColumnsPlusTheJobQueue) {
    VBTRACK_REQUIRE_POSTGRES(url);
    const fs::path file = fs::temp_directory_path() / ("vbtrack-parity-" + std::to_string(getpid()) + ".db");
    Tables sqlite = sqlite_tables(file);
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(file.string() + suffix);
    Tables postgres = postgres_tables(url);

    ASSERT_TRUE(sqlite.count("documents")) << "the SQLite schema has no documents table";
    for (const auto& [table, columns] : sqlite) {
        ASSERT_TRUE(postgres.count(table)) << "PostgreSQL lacks table " << table;
        EXPECT_EQ(postgres[table], columns) << "columns of " << table << " differ";
    }
    for (const auto& [table, columns] : postgres)
        if (!sqlite.count(table)) {
            EXPECT_EQ(table, "jobs") << "PostgreSQL has a table SQLite lacks";
        }
}

TEST(SchemaParity, OpeningTwiceKeepsOneSchemaVersion) {
    VBTRACK_REQUIRE_POSTGRES(url);
    open_store(url);
    open_store(url);
    pqxx::connection c{url};
    pqxx::read_transaction tx{c};
    EXPECT_EQ(tx.exec1("SELECT count(*) FROM schema_version")[0].as<int>(), 1);
}

TEST(SchemaParity, NewerSchemaIsRefusedWithAdvice) {
    VBTRACK_REQUIRE_POSTGRES(url);
    open_store(url);
    {
        pqxx::connection c{url};
        pqxx::work tx{c};
        tx.exec0("INSERT INTO schema_version(version) VALUES (99)");
        tx.commit();
    }
    try {
        open_store(url);
        FAIL() << "a store from a newer vbtrack was opened";
    } catch (const std::exception& e) {
        EXPECT_NE(std::string(e.what()).find("upgrade vbtrack"), std::string::npos) << e.what();
    }
}

}  // namespace
}  // namespace vbtrack
