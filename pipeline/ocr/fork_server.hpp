// A process that starts the contained children, forked from vbtrack before it
// starts any thread.
//
// A child forked from a process with several threads inherits every lock that
// another thread held at that instant (in ICU, Poppler, fontconfig, ASan's
// allocator...), held forever: the child hangs until its time limit and a good
// file fails. It also inherits the other threads' open pipes, so a worker may
// wait for EOF on its child's answer until some other child ends. The server
// has one thread, holds one request's descriptor at a time, and forks every
// child from that clean state; the child is handed to the calling process
// (which becomes its "subreaper"), so the caller waits for it, kills it and
// reads its exit status as if it had forked it itself.
#pragma once

#include <functional>
#include <mutex>
#include <string>
#include <sys/types.h>

#include <nlohmann/json.hpp>

namespace vbtrack::ocr {

class ForkServer {
public:
    struct Handlers {
        // Runs in the server before each fork: loads what the children then share
        // (e.g. Tesseract's engines), once, in the server's single thread.
        std::function<void(const nlohmann::json& request)> prepare;
        // Runs in the child with the request and the descriptor to answer on; must end
        // the process (_exit), never return.
        std::function<void(const nlohmann::json& request, int answer_fd)> child;
    };

    // Forks the server now. Throws std::logic_error when this process already runs
    // other threads (the point of the server is to fork before them), and
    // std::system_error when the process cannot be started.
    explicit ForkServer(Handlers handlers);
    ~ForkServer();
    ForkServer(const ForkServer&) = delete;
    ForkServer& operator=(const ForkServer&) = delete;

    // Starts a child for `request` that answers on `answer_fd` (the caller keeps its
    // own copy and closes it). Returns the child's pid: a child of this process, to be
    // reaped with waitpid. Safe to call from any thread. Throws std::runtime_error with
    // the reason when no child could be started.
    pid_t spawn(const nlohmann::json& request, int answer_fd);

private:
    [[noreturn]] void serve();
    pid_t start_child(const nlohmann::json& request, int answer_fd);

    Handlers handlers_;
    int socket_ = -1;  // ours in the caller, the other end in the server
    pid_t server_ = -1;
    std::mutex mutex_;  // one request and its reply at a time
};

}  // namespace vbtrack::ocr
