// One function per subcommand of DESIGN.md §3, each in its own file, each
// adding its subcommand to the app. A callback reports its outcome by throwing
// a typed error (pipeline/core/errors.hpp) or by setting `exit_code`.
#pragma once

#include <CLI/CLI.hpp>

namespace vbtrack::cli {

enum ExitCode : int { kAllDone = 0, kSomeFailed = 1, kUsage = 2, kStoreError = 3, kSetupError = 4 };

void add_ingest_command(CLI::App& app, int& exit_code);
void add_extract_command(CLI::App& app, int& exit_code);
void add_text_command(CLI::App& app, int& exit_code);
void add_repair_command(CLI::App& app, int& exit_code);
void add_deadlines_command(CLI::App& app, int& exit_code);
void add_export_command(CLI::App& app, int& exit_code);
void add_show_command(CLI::App& app, int& exit_code);
void add_verify_command(CLI::App& app, int& exit_code);
void add_serve_command(CLI::App& app, int& exit_code);
void add_worker_command(CLI::App& app, int& exit_code);
void add_lm_command(CLI::App& app, int& exit_code);

// `vbtrack ingest --enqueue`: queues the files under `inputs` in the shared
// PostgreSQL store for `vbtrack worker`s (command_worker.cpp). Returns the exit code.
int enqueue_files(const std::vector<std::string>& inputs, const std::string& store_url);

// The `--store URL` option every store-using command takes.
void add_store_option(CLI::App& command, std::string& store_url);

// For commands a later issue fills in: says so and exits with the usage code.
[[noreturn]] void not_available_yet(const std::string& command, const std::string& issue);

}  // namespace vbtrack::cli
