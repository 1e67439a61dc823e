// JSON Lines: one complete record per line, the form other tools stream.
#include <nlohmann/json.hpp>

#include "pipeline/export/exporter.hpp"

namespace vbtrack {

namespace {

class JsonlExporter final : public Exporter {
public:
    void write(const std::vector<Record>& records, std::ostream& out) const override {
        for (const auto& record : records) out << nlohmann::json(record).dump() << '\n';
    }
};

}  // namespace

std::unique_ptr<Exporter> make_jsonl_exporter() { return std::make_unique<JsonlExporter>(); }

}  // namespace vbtrack
