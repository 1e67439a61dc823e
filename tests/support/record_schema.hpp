// Validates JSON against schemas/record.schema.json with valijson (the
// schema's keywords that valijson knows are those of draft 7, which the
// schema restricts itself to, beside $defs references).
#pragma once

#include <fstream>
#include <string>

#include <nlohmann/json.hpp>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include "test_paths.hpp"

namespace vbtrack::test {

class RecordSchema {
public:
    RecordSchema() {
        std::ifstream in(source_dir() / "schemas" / "record.schema.json");
        schema_json_ = nlohmann::json::parse(in);
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        valijson::adapters::NlohmannJsonAdapter adapter(schema_json_);
        parser.populateSchema(adapter, schema_);
    }

    // Empty when valid; otherwise the first errors, one per line.
    std::string errors(const nlohmann::json& record) const {
        valijson::Validator validator;
        valijson::ValidationResults results;
        valijson::adapters::NlohmannJsonAdapter adapter(record);
        if (validator.validate(schema_, adapter, &results)) return "";
        std::string out;
        valijson::ValidationResults::Error error;
        for (int n = 0; n < 5 && results.popError(error); ++n) {
            std::string where;
            for (const auto& c : error.context) where += c;
            out += where + ": " + error.description + "\n";
        }
        return out;
    }

private:
    nlohmann::json schema_json_;
    valijson::Schema schema_;
};

}  // namespace vbtrack::test
