#include "pipeline/cli/commands.hpp"

namespace vbtrack::cli {

void add_repair_command(CLI::App& app, int& /*exit_code*/) {
    auto* command = app.add_subcommand("repair", "Vietnamese text repair as a filter: stdin → stdout");
    command->allow_extras();
    command->callback([] { not_available_yet("repair", "the text-normalization issue"); });
}

}  // namespace vbtrack::cli
