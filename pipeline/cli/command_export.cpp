#include "pipeline/cli/commands.hpp"

namespace vbtrack::cli {

void add_export_command(CLI::App& app, int& /*exit_code*/) {
    auto* command = app.add_subcommand("export", "export records: jsonl, csv, ics, edxml");
    command->allow_extras();
    command->callback([] { not_available_yet("export", "the tracking-store issue"); });
}

}  // namespace vbtrack::cli
