#include "pipeline/ocr/fork_server.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>
#include <system_error>
#include <vector>

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace vbtrack::ocr {
namespace {

constexpr std::size_t kMaxMessage = 1 << 16;  // a request is a path and a few numbers

std::size_t thread_count() {
    std::error_code error;
    std::size_t n = 0;
    for (std::filesystem::directory_iterator it("/proc/self/task", error), end; !error && it != end; it.increment(error))
        ++n;
    return error ? 1 : n;  // without /proc nothing can be checked
}

// One message and, when `fd` >= 0, a descriptor with it (SCM_RIGHTS).
bool send_message(int socket, const std::string& text, int fd) {
    iovec data{const_cast<char*>(text.data()), text.size()};
    msghdr message{};
    message.msg_iov = &data;
    message.msg_iovlen = 1;
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))];
    if (fd >= 0) {
        message.msg_control = control;
        message.msg_controllen = sizeof control;
        cmsghdr* header = CMSG_FIRSTHDR(&message);
        header->cmsg_level = SOL_SOCKET;
        header->cmsg_type = SCM_RIGHTS;
        header->cmsg_len = CMSG_LEN(sizeof(int));
        std::memcpy(CMSG_DATA(header), &fd, sizeof(int));
    }
    ssize_t sent;
    while ((sent = sendmsg(socket, &message, MSG_NOSIGNAL)) < 0 && errno == EINTR) {
    }
    return sent == static_cast<ssize_t>(text.size());
}

// The next message (empty when the other end closed) and its descriptor, or -1.
std::string receive_message(int socket, int& fd) {
    fd = -1;
    std::string text(kMaxMessage, '\0');
    iovec data{text.data(), text.size()};
    msghdr message{};
    message.msg_iov = &data;
    message.msg_iovlen = 1;
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(int))];
    message.msg_control = control;
    message.msg_controllen = sizeof control;
    ssize_t received;
    while ((received = recvmsg(socket, &message, MSG_CMSG_CLOEXEC)) < 0 && errno == EINTR) {
    }
    if (received <= 0) return {};
    for (cmsghdr* header = CMSG_FIRSTHDR(&message); header; header = CMSG_NXTHDR(&message, header))
        if (header->cmsg_level == SOL_SOCKET && header->cmsg_type == SCM_RIGHTS)
            std::memcpy(&fd, CMSG_DATA(header), sizeof(int));
    text.resize(static_cast<std::size_t>(received));
    return text;
}

void wait_for(pid_t pid) {
    while (waitpid(pid, nullptr, 0) < 0 && errno == EINTR) {
    }
}

}  // namespace

ForkServer::ForkServer(Handlers handlers) : handlers_(std::move(handlers)) {
    if (thread_count() > 1)
        throw std::logic_error("ForkServer: started after other threads; create it before starting any thread");
    // Children forked by the server (through a short-lived middle process) become ours.
    if (prctl(PR_SET_CHILD_SUBREAPER, 1) != 0)
        throw std::system_error(errno, std::generic_category(), "cannot adopt the reader processes");
    int ends[2];
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, ends) != 0)
        throw std::system_error(errno, std::generic_category(), "cannot start the reader process");
    const pid_t parent = getpid();
    server_ = fork();
    if (server_ < 0) {
        const int error = errno;
        close(ends[0]);
        close(ends[1]);
        throw std::system_error(error, std::generic_category(), "cannot start the reader process");
    }
    if (server_ == 0) {
        close(ends[0]);
        socket_ = ends[1];
        setpgid(0, 0);                         // a Ctrl-C in the terminal is for vbtrack, which stops in order
        prctl(PR_SET_PDEATHSIG, SIGKILL);      // and when vbtrack dies, the server goes with it
        if (getppid() != parent) _exit(0);
        serve();
    }
    close(ends[1]);
    socket_ = ends[0];
}

ForkServer::~ForkServer() {
    close(socket_);  // the server reads the end of its requests and leaves
    wait_for(server_);
}

pid_t ForkServer::spawn(const nlohmann::json& request, int answer_fd) {
    const std::string text = request.dump();
    if (text.size() >= kMaxMessage) throw std::runtime_error("the request is too long");
    std::string reply;
    {
        std::lock_guard lock(mutex_);
        int unused;
        if (send_message(socket_, text, answer_fd)) reply = receive_message(socket_, unused);
    }
    if (reply.empty()) throw std::runtime_error("vbtrack's reader process has stopped; run vbtrack again");
    const auto answer = nlohmann::json::parse(reply);
    if (answer.contains("error")) throw std::runtime_error(answer["error"].get<std::string>());
    return answer.at("pid").get<pid_t>();
}

void ForkServer::serve() {
    for (;;) {
        int fd;
        const std::string text = receive_message(socket_, fd);
        if (text.empty()) _exit(0);  // vbtrack closed its end: no more requests
        nlohmann::json reply;
        try {
            const auto request = nlohmann::json::parse(text);
            if (fd < 0) throw std::runtime_error("the request came without its answer pipe");
            if (handlers_.prepare) handlers_.prepare(request);
            reply = {{"pid", start_child(request, fd)}};
        } catch (const std::exception& e) {
            reply = {{"error", e.what()}};
        }
        if (fd >= 0) close(fd);  // the child has its copy; the next request's child must not
        if (!send_message(socket_, reply.dump(), -1)) _exit(0);
    }
}

// The child is forked by a middle process that then ends, so that the child is
// handed to the nearest subreaper: the vbtrack process that asked for it.
pid_t ForkServer::start_child(const nlohmann::json& request, int answer_fd) {
    int report[2];
    if (pipe2(report, O_CLOEXEC) != 0) throw std::system_error(errno, std::generic_category(), "cannot start a reader");
    const pid_t middle = fork();
    if (middle < 0) {
        const int error = errno;
        close(report[0]);
        close(report[1]);
        throw std::system_error(error, std::generic_category(), "cannot start a reader");
    }
    if (middle == 0) {
        close(report[0]);
        const pid_t child = fork();
        if (child == 0) {
            close(report[1]);
            close(socket_);
            try {
                handlers_.child(request, answer_fd);
            } catch (...) {
            }
            _exit(1);
        }
        const int started[2] = {child, child < 0 ? errno : 0};
        [[maybe_unused]] const ssize_t written = write(report[1], started, sizeof started);
        _exit(0);
    }
    close(report[1]);
    int started[2] = {-1, EIO};
    ssize_t got;
    while ((got = read(report[0], started, sizeof started)) < 0 && errno == EINTR) {
    }
    close(report[0]);
    wait_for(middle);
    if (got != static_cast<ssize_t>(sizeof started) || started[0] <= 0)
        throw std::system_error(started[1], std::generic_category(), "cannot start a reader");
    return started[0];
}

}  // namespace vbtrack::ocr
