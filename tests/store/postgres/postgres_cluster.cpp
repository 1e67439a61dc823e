#include "postgres_cluster.hpp"

#include <cstdlib>
#include <fcntl.h>
#include <memory>
#include <netinet/in.h>
#include <pwd.h>
#include <stdexcept>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include <pqxx/pqxx>

namespace vbtrack::test {

namespace fs = std::filesystem;

namespace {

// Runs argv (as `user` when given, through runuser) with its output appended
// to `log`; returns the exit status.
int run(std::vector<std::string> argv, const std::optional<std::string>& user, const fs::path& log) {
    if (user) argv.insert(argv.begin(), {"runuser", "-u", *user, "--"});
    pid_t pid = fork();
    if (pid == 0) {
        int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
        if (fd >= 0) {
            dup2(fd, 1);
            dup2(fd, 2);
        }
        std::vector<char*> args;
        for (auto& a : argv) args.push_back(a.data());
        args.push_back(nullptr);
        execvp(args[0], args.data());
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// A port the kernel just handed out, so free for the server to take.
int free_port() {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    socklen_t len = sizeof addr;
    getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
    close(fd);
    return ntohs(addr.sin_port);
}

std::string read_file(const fs::path& path) {
    std::string text;
    if (FILE* f = std::fopen(path.c_str(), "r")) {
        char buffer[4096];
        for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, f)) > 0;) text.append(buffer, n);
        std::fclose(f);
    }
    return text;
}

std::unique_ptr<PostgresCluster>& the_cluster() {
    static std::unique_ptr<PostgresCluster> cluster;
    return cluster;
}

// Stops the server when the test program ends, even after a failed test.
class StopClusterAtExit : public ::testing::Environment {
public:
    void TearDown() override { the_cluster().reset(); }
};
const auto* const kStopAtExit = ::testing::AddGlobalTestEnvironment(new StopClusterAtExit);

}  // namespace

PostgresCluster* PostgresCluster::get(std::string& why_not) {
    if (the_cluster()) return the_cluster().get();
    fs::path bin = std::getenv("VBTRACK_PG_BIN") ? std::getenv("VBTRACK_PG_BIN") : "/usr/lib/postgresql/15/bin";
    if (!fs::exists(bin / "initdb") || !fs::exists(bin / "pg_ctl")) {
        why_not = "no initdb/pg_ctl in " + bin.string() +
                  " (install the Debian package postgresql, or set VBTRACK_PG_BIN)";
        return nullptr;
    }
    std::optional<std::string> run_as;
    if (geteuid() == 0) {
        if (!getpwnam("postgres")) {
            why_not = "running as root and there is no 'postgres' user to run the server as";
            return nullptr;
        }
        run_as = "postgres";
    }
    the_cluster().reset(new PostgresCluster(bin, run_as));
    return the_cluster().get();
}

PostgresCluster::PostgresCluster(fs::path bin, std::optional<std::string> run_as)
    : bin_(std::move(bin)), run_as_(std::move(run_as)) {
    std::string pattern = (fs::temp_directory_path() / "vbtrack-pg-XXXXXX").string();
    if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot create a temporary directory for PostgreSQL");
    dir_ = pattern;
    if (run_as_) {
        const passwd* user = getpwnam(run_as_->c_str());
        if (chown(dir_.c_str(), user->pw_uid, user->pw_gid) != 0)
            throw std::runtime_error("cannot hand " + dir_.string() + " to the postgres user");
    }
    const fs::path log = dir_ / "setup.log";
    if (run({(bin_ / "initdb").string(), "-D", (dir_ / "data").string(), "-A", "trust", "-U", "vbtrack",
             "--no-sync", "-E", "UTF8", "--no-locale"},
            run_as_, dir_ / "initdb.log") != 0)
        throw std::runtime_error("initdb failed:\n" + read_file(dir_ / "initdb.log"));
    // Another test program may take the free port first: try a few.
    for (int attempt = 0; attempt < 5; ++attempt) {
        port_ = free_port();
        const std::string options = "-p " + std::to_string(port_) + " -k " + dir_.string() +
                                    " -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50";
        if (run({(bin_ / "pg_ctl").string(), "-D", (dir_ / "data").string(), "-l", (dir_ / "server.log").string(),
                 "-w", "-o", options, "start"},
                run_as_, log) == 0)
            return;
    }
    throw std::runtime_error("pg_ctl start failed:\n" + read_file(log) + read_file(dir_ / "server.log"));
}

PostgresCluster::~PostgresCluster() {
    run({(bin_ / "pg_ctl").string(), "-D", (dir_ / "data").string(), "-m", "immediate", "stop"}, run_as_,
        "/dev/null");
    std::error_code ignored;
    fs::remove_all(dir_, ignored);
}

std::string PostgresCluster::url(const std::string& database) const {
    return "postgresql://vbtrack@127.0.0.1:" + std::to_string(port_) + "/" + database;
}

std::string PostgresCluster::fresh_database_url() {
    const std::string name = "test_" + std::to_string(++databases_);
    pqxx::connection admin{url("postgres")};
    pqxx::nontransaction tx{admin};
    tx.exec0("CREATE DATABASE " + name);
    return url(name);
}

}  // namespace vbtrack::test
