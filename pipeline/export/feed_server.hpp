// `vbtrack serve`: the store, read-only, over HTTP. JSON for programs
// (/api/records, /api/records/{id}, /api/deadlines) and an iCalendar feed
// (/deadlines.ics) that Thunderbird or any calendar can subscribe to.
#pragma once

#include <memory>
#include <string>

#include "pipeline/store/store.hpp"

namespace vbtrack {

class FeedServer {
public:
    // Serves `store`, which must outlive the server.
    explicit FeedServer(Store& store);
    ~FeedServer();

    // Binds to host:port (port 0: any free port) and returns the port.
    // Throws UsageError when the address cannot be bound.
    int bind(const std::string& host, int port);
    // Answers requests until stop() is called (from any thread).
    void run();
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace vbtrack
