#include "pipeline/ocr/contained_reader.hpp"

#include <atomic>
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

std::string over_memory_limit(const std::filesystem::path& path, const ResourceLimits& limits) {
    return path.string() + ": reading it needed more than " + std::to_string(limits.memory_bytes >> 20) +
           " MB of memory; check the file or raise the memory limit";
}

std::string answer_text(const nlohmann::json& answer) {
    return answer.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

#ifdef __SANITIZE_ADDRESS__
// ASan maps terabytes of shadow memory before main, so an RLIMIT_AS (or
// RLIMIT_DATA) of a few GB would fail every allocation, and its operator new
// aborts instead of throwing std::bad_alloc. Under it the child counts the
// bytes it holds through ASan's allocator hooks instead and, the moment they
// pass the limit, gives the answer std::bad_alloc gives in the normal build.
extern "C" {
int __sanitizer_install_malloc_and_free_hooks(void (*)(const volatile void*, std::size_t),
                                              void (*)(const volatile void*));
std::size_t __sanitizer_get_allocated_size(const volatile void*);
std::size_t __sanitizer_get_current_allocated_bytes();
}

struct HeapLimit {
    std::atomic<long long> held{0};  // signed: frees of blocks counted only in the start total may overshoot
    long long limit = 0;
    int fd = -1;
    std::string answer;  // made before the hooks, which must not allocate
    std::atomic_flag stopping;
};
HeapLimit heap_limit;

void count_allocation(const volatile void*, std::size_t size) {
    const auto bytes = static_cast<long long>(size);
    if (heap_limit.held.fetch_add(bytes) + bytes <= heap_limit.limit) return;
    if (!heap_limit.stopping.test_and_set()) {
        write_all(heap_limit.fd, heap_limit.answer);
        _exit(0);
    }
    for (;;) pause();  // another thread is answering and ending the process
}

void count_release(const volatile void* pointer) {
    heap_limit.held.fetch_sub(static_cast<long long>(__sanitizer_get_allocated_size(pointer)));
}

void limit_memory(int fd, const std::filesystem::path& path, const ResourceLimits& limits) {
    heap_limit.limit = static_cast<long long>(limits.memory_bytes);
    heap_limit.fd = fd;
    heap_limit.answer = answer_text({{"error", over_memory_limit(path, limits)}});
    heap_limit.held = static_cast<long long>(__sanitizer_get_current_allocated_bytes());
    __sanitizer_install_malloc_and_free_hooks(count_allocation, count_release);
}
#else
void limit_memory(int, const std::filesystem::path&, const ResourceLimits& limits) {
    const rlim_t bytes = limits.memory_bytes;
    const rlimit memory{bytes, bytes};
    setrlimit(RLIMIT_AS, &memory);
}
#endif

// The child: limit itself, read, answer, and leave without running the
// parent's exit handlers (its stores and files are the parent's business).
[[noreturn]] void run_child(int fd, const std::filesystem::path& path, const SourceInfo& source, const Reader& reader,
                            OcrStage* ocr, const ResourceLimits& limits) {
    setpgid(0, 0);
    limit_memory(fd, path, limits);
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
        answer = {{"error", over_memory_limit(path, limits)}};
    } catch (const std::exception& e) {
        answer = {{"error", path.string() + ": " + e.what()}};
    }
    write_all(fd, answer_text(answer));
    _exit(0);
}

nlohmann::json request_for(const std::filesystem::path& path, const SourceInfo& source, bool with_ocr,
                           const ResourceLimits& limits) {
    return {{"path", path.string()},
            {"source", source_to_json(source)},
            {"ocr", with_ocr},
            {"seconds", limits.time.count()},
            {"memory", limits.memory_bytes}};
}

}  // namespace

ContainedReader::ContainedReader(const ReaderRegistry& readers, OcrStage& ocr)
    : readers_(readers),
      ocr_(ocr),
      server_({.prepare =
                   [this](const nlohmann::json& request) {
                       // Tesseract's engines are loaded once, in the server, when a page first needs
                       // them: every OCR child inherits them ready. Should they fail to load, the
                       // child meets the same failure and reports it as a setup error.
                       if (!request.at("ocr").get<bool>()) return;
                       try {
                           ocr_.warm_up();
                       } catch (const std::exception&) {
                       }
                   },
               .child =
                   [this](const nlohmann::json& request, int fd) {
                       const std::filesystem::path path = request.at("path").get<std::string>();
                       const SourceInfo source = source_from_json(request.at("source"));
                       const ResourceLimits limits{std::chrono::seconds(request.at("seconds").get<long>()),
                                                   request.at("memory").get<std::uint64_t>()};
                       const Reader* reader = readers_.find(source.format);
                       if (!reader) {
                           write_all(fd, answer_text({{"error", path.string() + ": no reader for this format"}}));
                           _exit(0);
                       }
                       run_child(fd, path, source, *reader, request.at("ocr").get<bool>() ? &ocr_ : nullptr, limits);
                   }}) {}

Document ContainedReader::read(const std::filesystem::path& path, const SourceInfo& source, bool with_ocr,
                               const ResourceLimits& limits) const {
    int fds[2];
    if (pipe2(fds, O_CLOEXEC) != 0) throw InputError(path.string() + ": cannot start a reader process: " + strerror(errno));
    pid_t pid;
    try {
        pid = server_.spawn(request_for(path, source, with_ocr, limits), fds[1]);
    } catch (const std::exception& e) {
        close(fds[0]);
        close(fds[1]);
        throw InputError(path.string() + ": cannot start a reader process: " + e.what() + "; retry with fewer --jobs");
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
