#include <iostream>

#include "pipeline/batch/document_pipeline.hpp"
#include "pipeline/cli/commands.hpp"
#include "pipeline/core/errors.hpp"

namespace vbtrack::cli {

void add_text_command(CLI::App& app, int& exit_code) {
    struct Options {
        std::string file;
        bool raw = false;
    };
    auto o = std::make_shared<Options>();
    auto* command = app.add_subcommand("text", "print the document's repaired text, one paragraph per line");
    command->add_option("FILE", o->file, "the document")->required()->check(CLI::ExistingFile);
    command->add_flag("--raw", o->raw, "the text as read, before repair");
    command->callback([o, &exit_code] {
        DocumentPipeline pipeline;
        try {
            SourceInfo source = describe_file(o->file);
            Document document = o->raw ? pipeline.read(o->file, source) : pipeline.read_and_repair(o->file, source);
            if (o->raw) {
                for (const auto& p : document.paragraphs) std::cout << p.raw_text << "\n";
            } else {
                std::cout << document.text() << "\n";
            }
        } catch (const InputError& e) {
            std::cerr << "vbtrack text: " << o->file << ": " << e.what() << "\n";
            exit_code = kSomeFailed;
        }
    });
}

}  // namespace vbtrack::cli
