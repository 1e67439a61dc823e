#include "pipeline/core/errors.hpp"
#include "pipeline/store/postgres_connection_impl.hpp"
#include "pipeline/store/postgres_schema.hpp"

namespace vbtrack {

std::string redact_password(const std::string& url) {
    // postgresql://user:password@host/db — the password sits between the first
    // ':' after the scheme and the '@'.
    auto scheme_end = url.find("://");
    auto at = url.find('@');
    if (scheme_end == std::string::npos || at == std::string::npos) return url;
    auto colon = url.find(':', scheme_end + 3);
    if (colon == std::string::npos || colon > at) return url;
    return url.substr(0, colon + 1) + "***" + url.substr(at);
}

void PostgresConnectionDeleter::operator()(PostgresConnection* connection) const { delete connection; }

PostgresConnectionPtr connect_postgres(const std::string& url) {
    try {
        PostgresConnectionPtr connection{new PostgresConnection(url)};
        migrate_postgres(connection->pq);
        return connection;
    } catch (const pqxx::broken_connection& e) {
        throw StoreError("cannot connect to the PostgreSQL store " + redact_password(url) + " (" + trimmed(e.what()) +
                         "). Check that the server runs and accepts this user, and the URL "
                         "(postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE).");
    } catch (const pqxx::sql_error& e) {
        throw StoreError("the PostgreSQL store " + redact_password(url) + " refused the schema (" + trimmed(e.what()) +
                         "). Check that the user may create tables in this database.");
    }
}

}  // namespace vbtrack
