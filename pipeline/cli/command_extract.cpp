#include <iostream>

#include <nlohmann/json.hpp>

#include "pipeline/batch/document_pipeline.hpp"
#include "pipeline/cli/commands.hpp"

namespace vbtrack::cli {

void add_extract_command(CLI::App& app, int& exit_code) {
    auto file = std::make_shared<std::string>();
    auto* command = app.add_subcommand("extract", "print one document's JSON record; touches no store");
    command->add_option("FILE", *file, "the document")->required()->check(CLI::ExistingFile);
    command->callback([file, &exit_code] {
        DocumentPipeline pipeline;
        Record record = pipeline.process(*file, describe_file(*file));
        std::cout << nlohmann::json(record).dump(2) << "\n";
        if (record.status == Status::failed) {
            std::cerr << "vbtrack extract: " << *file << ": " << record.errors.front() << "\n";
            exit_code = kSomeFailed;
        }
    });
}

}  // namespace vbtrack::cli
