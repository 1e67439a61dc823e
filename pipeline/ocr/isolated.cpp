#include "pipeline/ocr/isolated.hpp"

#include <cerrno>
#include <cstring>
#include <new>

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

#include "pipeline/core/errors.hpp"
#include "pipeline/ocr/child_process.hpp"
#include "pipeline/ocr/document_json.hpp"
#include "pipeline/ocr/ocr_stage.hpp"

namespace vbtrack::ocr {
namespace {

void write_all(int fd, const std::string& data) {
    for (std::size_t done = 0; done < data.size();) {
        const ssize_t n = write(fd, data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return;
        done += static_cast<std::size_t>(n);
    }
}

// The child: limit itself, read, answer, and leave without running the
// parent's exit handlers (its stores and files are the parent's business).
[[noreturn]] void run_child(int fd, const std::filesystem::path& path, const SourceInfo& source, const Reader& reader,
                            OcrStage* ocr, const ResourceLimits& limits) {
    setpgid(0, 0);
    const rlim_t bytes = limits.memory_bytes;
    const rlimit memory{bytes, bytes};
    setrlimit(RLIMIT_AS, &memory);
    const rlim_t cpu_seconds = static_cast<rlim_t>(limits.time.count()) * 4 + 10;  // backstop: threads add up CPU time
    const rlimit cpu{cpu_seconds, cpu_seconds};
    setrlimit(RLIMIT_CPU, &cpu);
    nlohmann::json answer;
    try {
        Document doc = reader.read(path, source);
        if (ocr) ocr->recognize(doc);
        answer = {{"document", document_to_json(doc)}};
    } catch (const InputError& e) {
        answer = {{"error", e.what()}};
    } catch (const OcrSetupError& e) {
        answer = {{"setup_error", e.what()}};
    } catch (const std::bad_alloc&) {
        answer = {{"error", path.string() + ": reading it needed more than " +
                                std::to_string(limits.memory_bytes >> 20) +
                                " MB of memory; check the file or raise the memory limit"}};
    } catch (const std::exception& e) {
        answer = {{"error", path.string() + ": " + e.what()}};
    }
    write_all(fd, answer.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    _exit(0);
}

}  // namespace

Document read_isolated(const std::filesystem::path& path, const SourceInfo& source, const Reader& reader, OcrStage* ocr,
                       const ResourceLimits& limits) {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) throw InputError(path.string() + ": cannot start a reader process: " + strerror(errno));
    const pid_t pid = fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        throw InputError(path.string() + ": cannot start a reader process: " + strerror(errno) + "; retry with fewer --jobs");
    }
    if (pid == 0) {
        close(fds[0]);
        run_child(fds[1], path, source, reader, ocr, limits);
    }
    close(fds[1]);
    setpgid(pid, pid);  // also done in the child: whichever runs first, the group exists before any kill
    const ChildOutcome outcome = collect_child(pid, fds[0], limits.time);
    if (!outcome.exited_ok())
        throw InputError(path.string() + ": reading " + outcome.describe(limits.time) +
                         "; the file is probably damaged or hostile — check it, or rescan or re-export it");
    nlohmann::json answer;
    try {
        answer = nlohmann::json::parse(outcome.output);
    } catch (const nlohmann::json::exception&) {
        throw InputError(path.string() + ": the reader process ended without an answer; check the file");
    }
    if (answer.contains("setup_error")) throw OcrSetupError(answer["setup_error"].get<std::string>());
    if (answer.contains("error")) throw InputError(answer["error"].get<std::string>());
    return document_from_json(answer.at("document"));
}

}  // namespace vbtrack::ocr
