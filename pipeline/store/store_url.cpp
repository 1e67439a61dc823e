#include <cstdlib>

#include "pipeline/core/errors.hpp"
#include "pipeline/store/postgres_store.hpp"
#include "pipeline/store/sqlite_store.hpp"

namespace vbtrack {

std::string default_store_url() {
    if (const char* env = std::getenv("VBTRACK_STORE"); env && *env) return env;
    return "sqlite:vbtrack.db";
}

std::unique_ptr<Store> open_store(const std::string& url_or_empty) {
    const std::string url = url_or_empty.empty() ? default_store_url() : url_or_empty;
    if (url.starts_with("sqlite:")) {
        std::string path = url.substr(7);
        if (path.starts_with("//")) path = path.substr(2);
        if (path.empty()) throw UsageError("--store sqlite: needs a file name, e.g. sqlite:vbtrack.db");
        return std::make_unique<SqliteStore>(path);
    }
    if (url.starts_with("postgresql://") || url.starts_with("postgres://")) return std::make_unique<PostgresStore>(url);
    throw UsageError("unknown store '" + url + "': use sqlite:PATH or a postgresql:// URL");
}

}  // namespace vbtrack
