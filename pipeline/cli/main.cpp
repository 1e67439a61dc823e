#include <iostream>
#include <string_view>

#include "pipeline/cli/commands.hpp"
#include "pipeline/core/errors.hpp"
#include "pipeline/core/version.hpp"
#include "pipeline/ocr/openmp_limit.hpp"

int main(int argc, char** argv) {
    // Batches OCR one page per core, and Tesseract's OpenMP threads would only compete
    // with them; a single file (text, extract) keeps them, its only parallelism.
    if (argc > 1 && (std::string_view(argv[1]) == "ingest" || std::string_view(argv[1]) == "worker"))
        vbtrack::ocr::restart_without_openmp_threads(argv);
    using namespace vbtrack::cli;
    CLI::App app{"vbtrack — import Vietnamese official documents and track their deadlines"};
    app.set_version_flag("--version", std::string("vbtrack ") + vbtrack::kPipelineVersion);
    app.require_subcommand(1);

    int exit_code = kAllDone;
    add_ingest_command(app, exit_code);
    add_extract_command(app, exit_code);
    add_text_command(app, exit_code);
    add_repair_command(app, exit_code);
    add_deadlines_command(app, exit_code);
    add_export_command(app, exit_code);
    add_show_command(app, exit_code);
    add_verify_command(app, exit_code);
    add_serve_command(app, exit_code);
    add_worker_command(app, exit_code);
    add_lm_command(app, exit_code);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? kAllDone : kUsage;
    } catch (const vbtrack::UsageError& e) {
        std::cerr << "vbtrack: " << e.what() << "\n";
        return kUsage;
    } catch (const vbtrack::StoreError& e) {
        std::cerr << "vbtrack: " << e.what() << "\n";
        return kStoreError;
    } catch (const vbtrack::SetupError& e) {
        std::cerr << "vbtrack: " << e.what() << "\n";
        return kSetupError;
    } catch (const std::exception& e) {
        std::cerr << "vbtrack: " << e.what() << "\n";
        return kSomeFailed;
    }
    return exit_code;
}
