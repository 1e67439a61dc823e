// The tracking store: where records live. One implementation per backend
// (SQLite, PostgreSQL), opened from a URL by open_store().
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "pipeline/core/record.hpp"

namespace vbtrack {

// Documents with different bytes that claim the same issuer, number and year:
// numbers restart each year per issuer, so this is a re-scan, a draft beside the
// signed copy, or a typing error. Reported, never used to drop a file.
struct NumberClash {
    std::string issuer, number_symbol, year;
    std::vector<std::string> paths;  // one per document (its first path)
};

struct RecordQuery {
    std::optional<std::string> status = {};  // only records with this status
    std::vector<Format> formats = {};        // only records of these source formats; empty: every format
    std::optional<long long> limit = {};     // at most this many (the first in path order)
};

// The query's formats as a JSON array of their record names (["docx","doc"]), the
// form both stores filter on; nullopt when the query does not filter by format.
std::optional<std::string> formats_json(const RecordQuery& query);

class Store {
public:
    virtual ~Store() = default;

    // True when a record for these bytes, made by this pipeline version, is stored:
    // re-running an ingest skips such files.
    virtual bool has_current(const std::string& sha256, const std::string& pipeline_version) = 0;
    // Stores (or replaces) the record of one document in one transaction, and
    // remembers `path` as a place where these bytes were found.
    virtual void put(const Record& record) = 0;
    // Adds a path under which already-stored bytes were found again.
    virtual void add_path(const std::string& sha256, const std::string& path) = 0;
    virtual std::optional<Record> get(const std::string& id) = 0;
    virtual std::vector<Record> find_by_number(const std::string& number_symbol) = 0;
    virtual std::vector<Record> records(const RecordQuery& query = {}) = 0;
    // Every (sha256, path) pair the store knows, for `vbtrack verify`.
    virtual std::vector<std::pair<std::string, std::string>> paths() = 0;

    virtual std::vector<NumberClash> number_clashes() = 0;

    // The runs table: what was run when, and its summary (JSON) once finished.
    virtual long long begin_run(const std::string& command) = 0;
    virtual void finish_run(long long run_id, const std::string& summary_json) = 0;
};

// `sqlite:PATH` or a `postgresql://` URL; empty means $VBTRACK_STORE or
// sqlite:vbtrack.db. Throws StoreError when the store cannot be opened.
std::unique_ptr<Store> open_store(const std::string& url);
std::string default_store_url();

}  // namespace vbtrack
