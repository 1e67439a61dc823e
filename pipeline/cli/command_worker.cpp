#include "pipeline/cli/commands.hpp"

namespace vbtrack::cli {

void add_worker_command(CLI::App& app, int& /*exit_code*/) {
    auto* command = app.add_subcommand("worker", "take queued files from a shared PostgreSQL store");
    command->allow_extras();
    command->callback([] { not_available_yet("worker", "the tracking-store issue"); });
}

}  // namespace vbtrack::cli
