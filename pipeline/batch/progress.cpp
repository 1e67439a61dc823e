#include "pipeline/batch/progress.hpp"

#include <cstdio>

#include <nlohmann/json.hpp>

namespace vbtrack {

std::string to_string(FileOutcome o) {
    switch (o) {
        case FileOutcome::ok: return "ok";
        case FileOutcome::partial: return "partial";
        case FileOutcome::failed: return "failed";
        case FileOutcome::skipped: return "skipped";
        case FileOutcome::duplicate: return "duplicate";
    }
    return "failed";
}

void BatchSummary::count(const FileEvent& event) {
    switch (event.outcome) {
        case FileOutcome::ok: ++ok; break;
        case FileOutcome::partial: ++partial; break;
        case FileOutcome::failed: ++failed; break;
        case FileOutcome::skipped: ++skipped; break;
        case FileOutcome::duplicate: ++duplicate; break;
    }
    pages += static_cast<std::size_t>(event.pages);
}

std::string BatchSummary::line() const {
    char buffer[256];
    std::snprintf(buffer, sizeof buffer, "%zu files: %zu ok, %zu partial, %zu failed, %zu skipped, %zu duplicate (%zu pages, %.1f s)",
                  files, ok, partial, failed, skipped, duplicate, pages, seconds);
    return buffer;
}

std::string BatchSummary::json() const {
    return nlohmann::json{{"files", files},     {"ok", ok},         {"partial", partial},
                          {"failed", failed},   {"skipped", skipped}, {"duplicate", duplicate},
                          {"pages", pages},     {"seconds", seconds}}
        .dump();
}

namespace {

class ProgressBar final : public ProgressReporter {
public:
    explicit ProgressBar(std::ostream& out) : out_(out) {}

    void started(std::size_t files) override {
        total_ = files;
        start_ = std::chrono::steady_clock::now();
    }

    void file_done(const FileEvent& event, const BatchSummary& s) override {
        if (event.outcome == FileOutcome::failed) {
            clear();
            out_ << "failed: " << event.path << ": " << event.error << "\n";
        }
        double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
        double rate = elapsed > 0 ? static_cast<double>(s.done()) / elapsed : 0;
        double eta = rate > 0 ? static_cast<double>(total_ - s.done()) / rate : 0;
        constexpr int kWidth = 24;
        int filled = total_ ? static_cast<int>(kWidth * s.done() / total_) : kWidth;
        char line[200];
        std::snprintf(line, sizeof line, "\r[%-*s] %zu/%zu files · %zu pages · %.1f files/s · ETA %d:%02d · %zu failed ",
                      kWidth, std::string(static_cast<std::size_t>(filled), '#').c_str(), s.done(), total_, s.pages,
                      rate, static_cast<int>(eta) / 60, static_cast<int>(eta) % 60, s.failed);
        out_ << line << std::flush;
        drawn_ = true;
    }

    void finished(const BatchSummary&) override { clear(); }

private:
    void clear() {
        if (drawn_) out_ << "\r\033[K" << std::flush;
        drawn_ = false;
    }

    std::ostream& out_;
    std::size_t total_ = 0;
    std::chrono::steady_clock::time_point start_;
    bool drawn_ = false;
};

class NdjsonEvents final : public ProgressReporter {
public:
    explicit NdjsonEvents(std::ostream& out) : out_(out) {}
    void started(std::size_t files) override { out_ << nlohmann::json{{"event", "started"}, {"files", files}}.dump() << "\n" << std::flush; }
    void file_done(const FileEvent& e, const BatchSummary& s) override {
        nlohmann::json j = {{"event", "file"}, {"path", e.path},   {"outcome", to_string(e.outcome)},
                            {"id", e.id},      {"pages", e.pages}, {"done", s.done()}};
        if (!e.error.empty()) j["error"] = e.error;
        out_ << j.dump() << "\n" << std::flush;
    }
    void finished(const BatchSummary& s) override {
        auto j = nlohmann::json::parse(s.json());
        j["event"] = "finished";
        out_ << j.dump() << "\n" << std::flush;
    }

private:
    std::ostream& out_;
};

class Silent final : public ProgressReporter {
public:
    void started(std::size_t) override {}
    void file_done(const FileEvent&, const BatchSummary&) override {}
    void finished(const BatchSummary&) override {}
};

}  // namespace

std::unique_ptr<ProgressReporter> make_progress_bar(std::ostream& terminal) { return std::make_unique<ProgressBar>(terminal); }
std::unique_ptr<ProgressReporter> make_ndjson_events(std::ostream& out) { return std::make_unique<NdjsonEvents>(out); }
std::unique_ptr<ProgressReporter> make_silent_progress() { return std::make_unique<Silent>(); }

}  // namespace vbtrack
