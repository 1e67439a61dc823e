#include "pipeline/export/exporter.hpp"

#include "pipeline/core/errors.hpp"

namespace vbtrack {

namespace {

struct RegisteredExporter {
    const char* name;
    std::unique_ptr<Exporter> (*make)();
};

constexpr RegisteredExporter kExporters[] = {
    {"jsonl", make_jsonl_exporter},
    {"csv", make_csv_exporter},
    {"ics", make_ics_exporter},
    {"edxml", make_edxml_exporter},
};

}  // namespace

std::vector<std::string> export_formats() {
    std::vector<std::string> names;
    for (const auto& e : kExporters) names.emplace_back(e.name);
    return names;
}

std::unique_ptr<Exporter> make_exporter(const std::string& format) {
    for (const auto& e : kExporters)
        if (format == e.name) return e.make();
    throw UsageError("unknown export format '" + format + "': use jsonl, csv, ics or edxml");
}

}  // namespace vbtrack
