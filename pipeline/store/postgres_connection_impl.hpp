// The libpqxx side of PostgresConnection, for the store's own .cpp files.
#pragma once

#include <cctype>
#include <string>

#include <pqxx/pqxx>

#include "pipeline/core/errors.hpp"
#include "pipeline/store/postgres_connection.hpp"

namespace vbtrack {

// libpq's messages end with a line break, or not.
inline std::string trimmed(std::string message) {
    while (!message.empty() && std::isspace(static_cast<unsigned char>(message.back()))) message.pop_back();
    return message;
}

struct PostgresConnection {
    PostgresConnection(const std::string& url) : pq(url), redacted_url(redact_password(url)) {}

    // Runs `body` in a transaction of type Tx (pqxx::work, pqxx::read_transaction)
    // and turns libpqxx's errors into a StoreError naming the store, so a lost
    // server ends a command with exit code 3 and a message, not a crash.
    template <class Tx, class Body>
    auto transact(Body&& body) {
        try {
            Tx tx{pq};
            return body(tx);
        } catch (const pqxx::broken_connection& e) {
            throw StoreError("lost the connection to the PostgreSQL store " + redacted_url + " (" + trimmed(e.what()) +
                             "). Check that the server is running, then run the command again.");
        } catch (const pqxx::sql_error& e) {
            throw StoreError("the PostgreSQL store " + redacted_url + " refused a query (" + trimmed(e.what()) + ")");
        }
    }

    pqxx::connection pq;
    std::string redacted_url;
};

}  // namespace vbtrack
