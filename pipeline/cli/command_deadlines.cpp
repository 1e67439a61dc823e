#include "pipeline/cli/commands.hpp"

namespace vbtrack::cli {

void add_deadlines_command(CLI::App& app, int& /*exit_code*/) {
    auto* command = app.add_subcommand("deadlines", "list deadlines from the store (table, json, csv, ics)");
    command->allow_extras();
    command->callback([] { not_available_yet("deadlines", "the tracking-store issue"); });
}

}  // namespace vbtrack::cli
