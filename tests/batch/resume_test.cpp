// Kill -9 an ingest at random moments, run the same command again, and the
// store must hold every document exactly once and pass SQLite's integrity check.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fcntl.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "pipeline/store/store.hpp"

namespace vbtrack {
namespace {

namespace fs = std::filesystem;

struct Ingest {
    pid_t pid;
    int events;  // read end of the child's stdout: NDJSON progress events
};

Ingest start_ingest(const fs::path& folder, const std::string& store_url) {
    int fds[2];
    if (pipe(fds) != 0) throw std::runtime_error("pipe failed");
    pid_t pid = fork();
    if (pid == 0) {
        int null = ::open("/dev/null", O_WRONLY);
        dup2(fds[1], 1);
        dup2(null, 2);
        close(fds[0]);
        execl(VBTRACK_BINARY, VBTRACK_BINARY, "ingest", folder.c_str(), "--jobs", "2", "--store", store_url.c_str(),
              "--events", "ndjson", static_cast<char*>(nullptr));
        _exit(127);
    }
    close(fds[1]);
    return {pid, fds[0]};
}

// Reads the child's events until it has stored `documents` new documents (or ends).
void wait_for_stored(const Ingest& ingest, int documents) {
    std::string pending;
    char buffer[4096];
    int stored = 0;
    while (stored < documents) {
        ssize_t n = read(ingest.events, buffer, sizeof buffer);
        if (n <= 0) return;
        pending.append(buffer, static_cast<std::size_t>(n));
        for (std::size_t end; (end = pending.find('\n')) != std::string::npos; pending.erase(0, end + 1)) {
            const std::string line = pending.substr(0, end);
            if (line.find("\"event\":\"file\"") != std::string::npos && line.find("\"skipped\"") == std::string::npos)
                ++stored;
        }
    }
}

int wait_exit_code(pid_t pid) {
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string sql_single(const fs::path& db, const char* query) {
    sqlite3* handle = nullptr;
    sqlite3_open(db.c_str(), &handle);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(handle, query, -1, &stmt, nullptr);
    std::string out;
    if (sqlite3_step(stmt) == SQLITE_ROW) out = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    sqlite3_finalize(stmt);
    sqlite3_close(handle);
    return out;
}

TEST(Resume, KilledFiveTimesThenRerunLeavesEveryDocumentOnceAndTheStoreIntact) {
    constexpr int kDocuments = 500;
    fs::path dir = fs::temp_directory_path() / ("vbtrack-resume-" + std::to_string(getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir / "docs");
    for (int i = 0; i < kDocuments; ++i)
        std::ofstream(dir / "docs" / ("kh-" + std::to_string(i) + ".txt"))
            << "UBND TỈNH SƠN LA\nSố: " << i + 1 << "/KH-UBND\nKẾ HOẠCH\nThực hiện nhiệm vụ số " << i << "\n";
    const fs::path db = dir / "store.db";
    const std::string url = "sqlite:" + db.string();

    // Killed after a random number of newly stored documents (fixed seed), so that each
    // kill lands mid-run however fast the machine is.
    std::mt19937 random(20261122);
    std::uniform_int_distribution<int> documents_before_kill(10, 80);
    for (int kill_round = 0; kill_round < 5; ++kill_round) {
        Ingest ingest = start_ingest(dir / "docs", url);
        wait_for_stored(ingest, documents_before_kill(random));
        kill(ingest.pid, SIGKILL);
        wait_exit_code(ingest.pid);
        close(ingest.events);
    }
    const std::string stored_before_finish = sql_single(db, "SELECT count(*) FROM documents");
    EXPECT_LT(std::stoi(stored_before_finish.empty() ? "0" : stored_before_finish), kDocuments)
        << "the kills came too late to interrupt anything; the test proves nothing";

    Ingest last = start_ingest(dir / "docs", url);
    wait_for_stored(last, kDocuments);  // drains the events until the end
    EXPECT_EQ(wait_exit_code(last.pid), 0);
    close(last.events);
    EXPECT_EQ(sql_single(db, "PRAGMA integrity_check"), "ok");
    EXPECT_EQ(sql_single(db, "SELECT count(*) FROM documents"), std::to_string(kDocuments));
    EXPECT_EQ(sql_single(db, "SELECT count(DISTINCT path) FROM document_paths"), std::to_string(kDocuments));
    EXPECT_EQ(sql_single(db, "SELECT count(*) FROM documents WHERE status = 'failed'"), "0");
    fs::remove_all(dir);
}

}  // namespace
}  // namespace vbtrack
