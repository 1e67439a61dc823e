#include "pipeline/export/feed_server.hpp"

#include <mutex>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "pipeline/core/errors.hpp"
#include "pipeline/export/deadline_formats.hpp"
#include "pipeline/export/icalendar.hpp"

namespace vbtrack {

using nlohmann::json;

namespace {

constexpr const char* kJson = "application/json; charset=utf-8";

constexpr const char* kIndex =
    "vbtrack: tracked documents and their deadlines (read-only)\n"
    "\n"
    "GET /api/records[?status=ok|partial|failed|duplicate]   records without their full text\n"
    "GET /api/records/{id}                                   one record, complete\n"
    "GET /api/deadlines[?from=YYYY-MM-DD&to=…&status=overdue|upcoming|undated]\n"
    "GET /deadlines.ics[?…the same filters]                  iCalendar feed to subscribe to\n";

void send_error(httplib::Response& response, int status, const std::string& message) {
    response.status = status;
    response.set_content(json{{"error", message}}.dump(), kJson);
}

// The list view leaves out what makes records large; /api/records/{id} has it all.
json summary(const Record& record) {
    json j = record;
    j.erase("text");
    j.erase("evidence");
    return j;
}

DeadlineQuery query_of(const httplib::Request& request) {
    return parse_deadline_query(request.get_param_value("from"), request.get_param_value("to"),
                                request.get_param_value("status"));
}

}  // namespace

struct FeedServer::Impl {
    explicit Impl(Store& s) : store(s) {
        // SO_REUSEADDR only: httplib's default adds SO_REUSEPORT, with which a
        // second `vbtrack serve` on a busy port would start and silently share it.
        server.set_socket_options([](socket_t sock) {
            int yes = 1;
            setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        });
        routes();
    }

    // Stores need not be safe across threads; the server's are.
    std::vector<Record> all_records(const RecordQuery& query = {}) {
        std::lock_guard lock(store_mutex);
        return store.records(query);
    }

    void routes() {
        server.Get("/", [](const httplib::Request&, httplib::Response& res) { res.set_content(kIndex, "text/plain; charset=utf-8"); });
        server.Get("/api/records", [this](const httplib::Request& req, httplib::Response& res) {
            RecordQuery query;
            if (req.has_param("status")) query.status = req.get_param_value("status");
            json list = json::array();
            for (const auto& record : all_records(query)) list.push_back(summary(record));
            res.set_content(list.dump(), kJson);
        });
        server.Get(R"(/api/records/([0-9a-fA-F]+))", [this](const httplib::Request& req, httplib::Response& res) {
            std::optional<Record> record;
            {
                std::lock_guard lock(store_mutex);
                record = store.get(req.matches[1]);
            }
            if (!record) return send_error(res, 404, "no record with id " + std::string(req.matches[1]));
            res.set_content(json(*record).dump(), kJson);
        });
        server.Get("/api/deadlines", [this](const httplib::Request& req, httplib::Response& res) {
            json list = json::array();
            for (const auto& entry : collect_deadlines(all_records(), query_of(req))) list.push_back(deadline_json(entry));
            res.set_content(list.dump(), kJson);
        });
        server.Get("/deadlines.ics", [this](const httplib::Request& req, httplib::Response& res) {
            res.set_content(deadlines_to_icalendar(collect_deadlines(all_records(), query_of(req))),
                            "text/calendar; charset=utf-8");
        });
        // Read-only: anything that would write is refused, not ignored.
        auto refuse = [](const httplib::Request&, httplib::Response& res) {
            send_error(res, 405, "vbtrack serve is read-only: change the store with vbtrack ingest");
        };
        server.Post(".*", refuse);
        server.Put(".*", refuse);
        server.Patch(".*", refuse);
        server.Delete(".*", refuse);
        server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr error) {
            try {
                std::rethrow_exception(error);
            } catch (const UsageError& e) {
                send_error(res, 400, e.what());
            } catch (const StoreError& e) {
                send_error(res, 503, e.what());
            } catch (const std::exception& e) {
                send_error(res, 500, e.what());
            }
        });
    }

    Store& store;
    std::mutex store_mutex;
    httplib::Server server;
};

FeedServer::FeedServer(Store& store) : impl_(std::make_unique<Impl>(store)) {}

FeedServer::~FeedServer() = default;

int FeedServer::bind(const std::string& host, int port) {
    const int bound = port == 0 ? impl_->server.bind_to_any_port(host)
                                : (impl_->server.bind_to_port(host, port) ? port : -1);
    if (bound <= 0)
        throw UsageError("cannot listen on " + host + ":" + std::to_string(port) +
                         ": the port is in use or the address is not this machine's; choose another with --port/--host");
    return bound;
}

void FeedServer::run() { impl_->server.listen_after_bind(); }

void FeedServer::stop() { impl_->server.stop(); }

}  // namespace vbtrack
