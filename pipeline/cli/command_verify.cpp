#include <filesystem>
#include <iostream>

#include "pipeline/cli/commands.hpp"
#include "pipeline/core/sha256.hpp"
#include "pipeline/store/store.hpp"

namespace vbtrack::cli {

void add_verify_command(CLI::App& app, int& exit_code) {
    auto store_url = std::make_shared<std::string>();
    auto* command = app.add_subcommand("verify", "re-hash the stored sources; report missing and changed files");
    add_store_option(*command, *store_url);
    command->callback([store_url, &exit_code] {
        auto store = open_store(*store_url);
        std::size_t checked = 0, missing = 0, changed = 0;
        for (const auto& [sha256, path] : store->paths()) {
            ++checked;
            std::error_code ec;
            if (!std::filesystem::is_regular_file(path, ec)) {
                std::cout << "missing\t" << path << "\n";
                ++missing;
                continue;
            }
            try {
                if (sha256_file(path) != sha256) {
                    std::cout << "changed\t" << path << "\n";
                    ++changed;
                }
            } catch (const std::exception& e) {
                std::cout << "unreadable\t" << path << "\t" << e.what() << "\n";
                ++missing;
            }
        }
        std::cerr << checked << " paths checked: " << missing << " missing, " << changed << " changed\n";
        if (missing || changed) {
            std::cerr << "Changed files are new documents: ingest them again to store their records.\n";
            exit_code = kSomeFailed;
        }
    });
}

}  // namespace vbtrack::cli
