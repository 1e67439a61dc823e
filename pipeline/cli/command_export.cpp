#include <fstream>
#include <iostream>

#include "pipeline/cli/commands.hpp"
#include "pipeline/core/errors.hpp"
#include "pipeline/export/exporter.hpp"
#include "pipeline/store/store.hpp"

namespace vbtrack::cli {

namespace {

// Written beside the target and renamed over it, so a calendar or script that
// reads FILE never sees half an export.
void write_file(const std::filesystem::path& out, const Exporter& exporter, const std::vector<Record>& records) {
    std::filesystem::path partial = out;
    partial += ".partial";
    {
        std::ofstream file(partial, std::ios::binary);
        if (!file) throw UsageError("cannot write " + partial.string() + ": check that the folder exists and is writable");
        exporter.write(records, file);
        file.close();
        if (!file) throw UsageError("writing " + partial.string() + " failed (disk full?)");
    }
    std::filesystem::rename(partial, out);
}

}  // namespace

void add_export_command(CLI::App& app, int& /*exit_code*/) {
    struct Options {
        std::string format, out, status, store_url;
    };
    auto o = std::make_shared<Options>();
    auto* command = app.add_subcommand("export", "export the stored records: jsonl, csv, ics (deadlines), edxml");
    command->add_option("--format", o->format, "jsonl (full records), csv (one row per document), "
                                               "ics (deadlines as tasks), edxml (metadata, QCVN 102:2016 style)")
        ->required()
        ->check(CLI::IsMember(export_formats()));
    command->add_option("--out", o->out, "write to FILE instead of standard output");
    command->add_option("--status", o->status, "only records with this status")
        ->check(CLI::IsMember({"ok", "partial", "failed", "duplicate"}));
    add_store_option(*command, o->store_url);
    command->callback([o] {
        auto exporter = make_exporter(o->format);
        auto store = open_store(o->store_url);
        RecordQuery query;
        if (!o->status.empty()) query.status = o->status;
        auto records = store->records(query);
        if (o->out.empty()) {
            exporter->write(records, std::cout);
        } else {
            write_file(o->out, *exporter, records);
            std::cerr << records.size() << " records exported to " << o->out << "\n";
        }
    });
}

}  // namespace vbtrack::cli
