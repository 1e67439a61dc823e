#include <iostream>

#include "pipeline/cli/commands.hpp"
#include "pipeline/export/deadline_formats.hpp"
#include "pipeline/store/store.hpp"

namespace vbtrack::cli {

void add_deadlines_command(CLI::App& app, int& /*exit_code*/) {
    struct Options {
        std::string from, to, status, format = "table", store_url;
    };
    auto o = std::make_shared<Options>();
    auto* command = app.add_subcommand("deadlines", "list deadlines from the store, soonest first (table, json, csv, ics)");
    command->add_option("--from", o->from, "only deadlines due on or after this date (YYYY-MM-DD)");
    command->add_option("--to", o->to, "only deadlines due on or before this date (YYYY-MM-DD)");
    command->add_option("--status", o->status, "overdue, upcoming, or undated (relative deadlines whose event has no date yet)")
        ->check(CLI::IsMember({"overdue", "upcoming", "undated"}));
    command->add_option("--format", o->format, "table (default), json, csv or ics")
        ->check(CLI::IsMember({"table", "json", "csv", "ics"}));
    add_store_option(*command, o->store_url);
    command->callback([o] {
        // Parse the query before opening the store, so a typo costs no connection.
        DeadlineQuery query = parse_deadline_query(o->from, o->to, o->status);
        auto write = deadline_writer(o->format);
        auto store = open_store(o->store_url);
        write(collect_deadlines(store->records(), query), std::cout);
    });
}

}  // namespace vbtrack::cli
