// A throwaway PostgreSQL 15 cluster for tests: initdb in a temporary
// directory, a server on a free local port, stopped and deleted when the test
// program ends. As root (CI) the server runs as the `postgres` user, since
// PostgreSQL refuses to run as root.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include <gtest/gtest.h>

namespace vbtrack::test {

class PostgresCluster {
public:
    // The cluster of this test program, started on first use; nullopt with the
    // reason in `why_not` when PostgreSQL's binaries (or, as root, the
    // postgres user) are absent.
    static PostgresCluster* get(std::string& why_not);

    // A new empty database on the cluster, as a postgresql:// URL.
    std::string fresh_database_url();

    PostgresCluster(const PostgresCluster&) = delete;
    PostgresCluster& operator=(const PostgresCluster&) = delete;
    ~PostgresCluster();

private:
    PostgresCluster(std::filesystem::path bin, std::optional<std::string> run_as);
    std::string url(const std::string& database) const;

    std::filesystem::path bin_, dir_;
    std::optional<std::string> run_as_;
    int port_ = 0;
    int databases_ = 0;
};

}  // namespace vbtrack::test

// Sets `url` to a fresh database, or skips the test saying why it cannot.
#define VBTRACK_REQUIRE_POSTGRES(url)                                                     \
    std::string url;                                                                      \
    {                                                                                     \
        std::string why_not_;                                                             \
        auto* cluster_ = ::vbtrack::test::PostgresCluster::get(why_not_);                 \
        if (!cluster_) GTEST_SKIP() << "PostgreSQL tests skipped: " << why_not_;          \
        url = cluster_->fresh_database_url();                                             \
    }
