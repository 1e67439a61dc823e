// RAII wrappers for sqlite3 connections and statements.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <sqlite3.h>

namespace vbtrack::sqlite {

class Statement;

class Connection {
public:
    // Opens (creating if needed) the database file. Throws StoreError.
    explicit Connection(const std::string& path);
    void exec(const std::string& sql);
    Statement prepare(std::string_view sql);
    sqlite3* get() const { return db_.get(); }

private:
    std::unique_ptr<sqlite3, decltype(&sqlite3_close_v2)> db_{nullptr, &sqlite3_close_v2};
    std::string path_;
};

class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const std::optional<std::string>& text);
    Statement& bind(int index, long long value);
    bool step();  // true while a row is available
    void run();   // steps to completion and resets
    std::string column_text(int index) const;
    long long column_int(int index) const;
    void reset();

private:
    std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> stmt_{nullptr, &sqlite3_finalize};
    sqlite3* db_;
};

// BEGIN IMMEDIATE … COMMIT, rolled back when left by an exception.
class Transaction {
public:
    explicit Transaction(Connection& connection);
    ~Transaction();
    void commit();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

private:
    Connection& connection_;
    bool done_ = false;
};

}  // namespace vbtrack::sqlite
