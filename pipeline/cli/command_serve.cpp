#include "pipeline/cli/commands.hpp"

namespace vbtrack::cli {

void add_serve_command(CLI::App& app, int& /*exit_code*/) {
    auto* command = app.add_subcommand("serve", "serve records and deadlines over HTTP (read-only)");
    command->allow_extras();
    command->callback([] { not_available_yet("serve", "the tracking-store issue"); });
}

}  // namespace vbtrack::cli
