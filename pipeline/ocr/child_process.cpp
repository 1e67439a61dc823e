#include "pipeline/ocr/child_process.hpp"

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

namespace vbtrack::ocr {

bool ChildOutcome::exited_ok() const { return !timed_out && WIFEXITED(wait_status) && WEXITSTATUS(wait_status) == 0; }

std::string ChildOutcome::describe(std::chrono::seconds limit) const {
    if (timed_out) return "took longer than " + std::to_string(limit.count()) + " s and was stopped";
    if (WIFSIGNALED(wait_status)) {
        const int sig = WTERMSIG(wait_status);
        return "crashed (signal " + std::to_string(sig) + ", " + strsignal(sig) + ")" +
               (sig == SIGKILL ? " — probably over its memory limit" : "");
    }
    if (WIFEXITED(wait_status)) return "failed (exit status " + std::to_string(WEXITSTATUS(wait_status)) + ")";
    return "ended abnormally";
}

ChildOutcome collect_child(pid_t pid, int fd, std::chrono::seconds limit) {
    ChildOutcome out;
    const auto deadline = std::chrono::steady_clock::now() + limit;
    char buffer[65536];
    while (true) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
        if (left.count() <= 0) {
            out.timed_out = true;
            break;
        }
        pollfd p{fd, POLLIN, 0};
        const int ready = poll(&p, 1, static_cast<int>(std::min<long long>(left.count(), 1000)));
        if (ready < 0 && errno != EINTR) break;
        if (ready <= 0) continue;
        const ssize_t n = read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;  // EOF: the child closed its end (usually by exiting)
        out.output.append(buffer, static_cast<std::size_t>(n));
    }
    close(fd);
    if (out.timed_out) kill(-pid, SIGKILL), kill(pid, SIGKILL);
    while (waitpid(pid, &out.wait_status, 0) < 0 && errno == EINTR) {
    }
    // What the child started and left behind (a catdoc, when the child crashed or was
    // stopped) is in its process group, and was handed to vbtrack, the subreaper
    // (fork_server.hpp): end it and reap it, or it would stay a zombie until vbtrack exits.
    if (kill(-pid, SIGKILL) == 0)
        while (waitpid(-pid, nullptr, 0) > 0 || errno == EINTR) {
        }
    return out;
}

}  // namespace vbtrack::ocr
