#include <cstdlib>
#include <iostream>

#include "pipeline/cli/commands.hpp"

namespace vbtrack::cli {

void add_store_option(CLI::App& command, std::string& store_url) {
    command.add_option("--store", store_url,
                       "tracking store: sqlite:PATH or postgresql://… (default: $VBTRACK_STORE or sqlite:vbtrack.db)");
}

void not_available_yet(const std::string& command, const std::string& issue) {
    std::cerr << "vbtrack " << command << ": not available yet in this version (" << issue << ").\n";
    std::exit(kUsage);
}

}  // namespace vbtrack::cli
