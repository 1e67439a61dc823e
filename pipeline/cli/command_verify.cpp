#include "pipeline/cli/commands.hpp"

namespace vbtrack::cli {

void add_verify_command(CLI::App& app, int& /*exit_code*/) {
    auto* command = app.add_subcommand("verify", "re-hash sources and report missing or changed files");
    command->allow_extras();
    command->callback([] { not_available_yet("verify", "the tracking-store issue"); });
}

}  // namespace vbtrack::cli
