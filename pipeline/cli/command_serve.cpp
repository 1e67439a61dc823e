#include <csignal>
#include <iostream>
#include <thread>

#include "pipeline/cli/commands.hpp"
#include "pipeline/export/feed_server.hpp"
#include "pipeline/store/store.hpp"

namespace vbtrack::cli {

namespace {

// Serves until Ctrl-C or SIGTERM. The signals are blocked and awaited with
// sigwait on this thread, so stopping the server happens outside a signal
// handler, where it is safe.
void serve_until_signalled(FeedServer& server) {
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGINT);
    sigaddset(&signals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);  // inherited by the server's threads
    std::thread serving([&server] { server.run(); });
    int received = 0;
    sigwait(&signals, &received);
    server.stop();
    serving.join();
}

}  // namespace

void add_serve_command(CLI::App& app, int& /*exit_code*/) {
    struct Options {
        std::string host = "127.0.0.1", store_url;
        int port = 8484;
    };
    auto o = std::make_shared<Options>();
    auto* command = app.add_subcommand("serve", "serve records and deadlines over HTTP, read-only (JSON and an iCalendar feed)");
    command->add_option("--port", o->port, "TCP port (default 8484)")->check(CLI::Range(0, 65535));
    command->add_option("--host", o->host,
                        "address to listen on (default 127.0.0.1: this machine only; 0.0.0.0 opens it to the network)");
    add_store_option(*command, o->store_url);
    command->callback([o] {
        auto store = open_store(o->store_url);
        FeedServer server(*store);
        const int port = server.bind(o->host, o->port);
        const std::string base = "http://" + (o->host == "0.0.0.0" ? std::string("127.0.0.1") : o->host) + ":" +
                                 std::to_string(port);
        std::cerr << "vbtrack serve: " << base << "/api/records, " << base << "/api/deadlines\n"
                  << "  calendar feed: " << base << "/deadlines.ics (Ctrl-C stops)\n";
        serve_until_signalled(server);
    });
}

}  // namespace vbtrack::cli
