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
#include <thread>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "pipeline/store/store.hpp"

namespace vbtrack {
namespace {

namespace fs = std::filesystem;

pid_t start_ingest(const fs::path& folder, const std::string& store_url) {
    pid_t pid = fork();
    if (pid == 0) {
        int null = ::open("/dev/null", O_WRONLY);
        dup2(null, 1);
        dup2(null, 2);
        execl(VBTRACK_BINARY, VBTRACK_BINARY, "ingest", folder.c_str(), "--jobs", "2", "--store", store_url.c_str(),
              static_cast<char*>(nullptr));
        _exit(127);
    }
    return pid;
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

    std::mt19937 random(20261122);  // fixed seed: the same kill moments on every run
    std::uniform_int_distribution<int> delay_ms(150, 1500);
    for (int kill_round = 0; kill_round < 5; ++kill_round) {
        pid_t pid = start_ingest(dir / "docs", url);
        std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms(random)));
        kill(pid, SIGKILL);
        wait_exit_code(pid);
        // Children of the killed run (contained readers) must not outlive it for long.
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    const std::string stored_before_finish = sql_single(db, "SELECT count(*) FROM documents");
    EXPECT_LT(std::stoi(stored_before_finish.empty() ? "0" : stored_before_finish), kDocuments)
        << "the kills came too late to interrupt anything; the test proves nothing";

    EXPECT_EQ(wait_exit_code(start_ingest(dir / "docs", url)), 0);
    EXPECT_EQ(sql_single(db, "PRAGMA integrity_check"), "ok");
    EXPECT_EQ(sql_single(db, "SELECT count(*) FROM documents"), std::to_string(kDocuments));
    EXPECT_EQ(sql_single(db, "SELECT count(DISTINCT path) FROM document_paths"), std::to_string(kDocuments));
    EXPECT_EQ(sql_single(db, "SELECT count(*) FROM documents WHERE status = 'failed'"), "0");
    fs::remove_all(dir);
}

}  // namespace
}  // namespace vbtrack
