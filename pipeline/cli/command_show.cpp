#include <iostream>

#include <nlohmann/json.hpp>

#include "pipeline/cli/commands.hpp"
#include "pipeline/store/store.hpp"

namespace vbtrack::cli {

void add_show_command(CLI::App& app, int& exit_code) {
    struct Options {
        std::string key, store_url;
    };
    auto o = std::make_shared<Options>();
    auto* command = app.add_subcommand("show", "print stored records by id (SHA-256) or by number/symbol");
    command->add_option("ID|NUMBER_SYMBOL", o->key, "a record id, or a number such as 41-KH/HU")->required();
    add_store_option(*command, o->store_url);
    command->callback([o, &exit_code] {
        auto store = open_store(o->store_url);
        std::vector<Record> found;
        if (auto record = store->get(o->key)) found.push_back(*record);
        else found = store->find_by_number(o->key);
        if (found.empty()) {
            std::cerr << "vbtrack show: no record with id or number '" << o->key
                      << "' in the store; `vbtrack export --format jsonl` lists them all\n";
            exit_code = kSomeFailed;
            return;
        }
        for (const auto& record : found) std::cout << nlohmann::json(record).dump(2) << "\n";
    });
}

}  // namespace vbtrack::cli
