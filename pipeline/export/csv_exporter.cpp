// One row per record with the fields a register of documents (sổ văn bản) keeps.
#include "pipeline/export/csv_writer.hpp"
#include "pipeline/export/exporter.hpp"

namespace vbtrack {

namespace {

class CsvExporter final : public Exporter {
public:
    void write(const std::vector<Record>& records, std::ostream& out) const override {
        CsvWriter csv(out, {"id", "status", "number_symbol", "doc_type", "doc_type_name", "issuer", "place",
                            "issued_date", "title", "signer", "signer_position", "deadlines", "recipients",
                            "path", "errors"});
        for (const auto& r : records)
            csv.row({r.id, to_string(r.status), r.number_symbol, r.doc_type, r.doc_type_name, r.issuer, r.place,
                     r.issued_date.value_or(""), r.title, r.signer ? r.signer->name : "",
                     r.signer ? r.signer->position : "", std::to_string(r.deadlines.size()),
                     join_cell(r.recipients), r.source.path, join_cell(r.errors)});
    }
};

}  // namespace

std::unique_ptr<Exporter> make_csv_exporter() { return std::make_unique<CsvExporter>(); }

}  // namespace vbtrack
