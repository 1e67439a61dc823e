// Opening a PostgreSQL connection from a `postgresql://` URL, with errors a
// user can act on (and without the password in them).
#pragma once

#include <memory>
#include <string>

namespace vbtrack {

// A libpqxx connection; its definition (postgres_connection_impl.hpp) is for
// the store's own .cpp files, so that users of the store need no libpqxx headers.
struct PostgresConnection;
struct PostgresConnectionDeleter {
    void operator()(PostgresConnection* connection) const;
};
using PostgresConnectionPtr = std::unique_ptr<PostgresConnection, PostgresConnectionDeleter>;

// Connects and brings the schema up to date. Throws StoreError when the server
// cannot be reached or refuses the login.
PostgresConnectionPtr connect_postgres(const std::string& url);

// The URL with any password replaced by "***", for messages and logs.
std::string redact_password(const std::string& url);

}  // namespace vbtrack
