#pragma once

#include <pqxx/pqxx>

#include "pipeline/store/postgres_connection.hpp"

namespace vbtrack {

struct PostgresConnection {
    explicit PostgresConnection(const std::string& url) : pq(url) {}
    pqxx::connection pq;
};

}  // namespace vbtrack
