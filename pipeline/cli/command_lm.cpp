#include "pipeline/cli/commands.hpp"

namespace vbtrack::cli {

void add_lm_command(CLI::App& app, int& /*exit_code*/) {
    auto* command = app.add_subcommand("lm", "build the syllable language model (lm build --corpus DIR... --out FILE)");
    command->allow_extras();
    command->callback([] { not_available_yet("lm", "the language-model issue"); });
}

}  // namespace vbtrack::cli
