// Exporters: one per output format of `vbtrack export`, chosen by name from a
// registry (DESIGN.md §1). Each writes every given record to a stream.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "pipeline/core/record.hpp"

namespace vbtrack {

class Exporter {
public:
    virtual ~Exporter() = default;
    virtual void write(const std::vector<Record>& records, std::ostream& out) const = 0;
};

// jsonl | csv | ics | edxml. Throws UsageError naming the formats for any other name.
std::unique_ptr<Exporter> make_exporter(const std::string& format);
std::vector<std::string> export_formats();

// The exporters the registry knows, one per file.
std::unique_ptr<Exporter> make_jsonl_exporter();
std::unique_ptr<Exporter> make_csv_exporter();
std::unique_ptr<Exporter> make_ics_exporter();
std::unique_ptr<Exporter> make_edxml_exporter();

}  // namespace vbtrack
