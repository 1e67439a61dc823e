// Extracted records validate against schemas/record.schema.json (valijson):
// the development documents' gold text and the test documents of this folder.
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include "document_builder.hpp"
#include "pipeline/core/version.hpp"
#include "test_paths.hpp"

namespace vbtrack {
namespace {

using nlohmann::json;

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// The schema's errors for a record, empty when it is valid.
std::string schema_errors(const Record& extracted) {
    auto schema_path = test::source_dir() / "schemas" / "record.schema.json";
    json schema_json = json::parse(read_file(schema_path));
    valijson::Schema schema;
    valijson::SchemaParser parser;
    valijson::adapters::NlohmannJsonAdapter schema_adapter(schema_json);
    parser.populateSchema(schema_adapter, schema);

    Record r = extracted;
    r.id = r.source.sha256 = std::string(64, '0');
    r.source.path = "document.txt";
    r.source.format = Format::txt;
    r.pages = 1;
    r.pipeline_version = kPipelineVersion;  // set by the pipeline, not the extractor
    json record = r;
    valijson::Validator validator;
    valijson::ValidationResults results;
    valijson::adapters::NlohmannJsonAdapter record_adapter(record);
    if (validator.validate(schema, record_adapter, &results)) return {};
    std::string errors;
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        for (const auto& c : error.context) errors += c;
        errors += ": " + error.description + "\n";
    }
    return errors.empty() ? "invalid" : errors;
}

TEST(RecordSchema, DevelopmentDocumentsGiveValidRecords) {
    VBTRACK_REQUIRE_SHARED(shared);
    int documents = 0;
    for (const auto& entry : std::filesystem::directory_iterator(shared / "eval" / "docs")) {
        auto gold = entry.path() / "gold.txt";
        if (!std::filesystem::exists(gold)) continue;
        ++documents;
        EXPECT_EQ(schema_errors(test::extract_text(read_file(gold))), "") << entry.path();
    }
    EXPECT_GE(documents, 6);
}

TEST(RecordSchema, EmptyAndPartialDocumentsGiveValidRecords) {
    EXPECT_EQ(schema_errors(test::extract_text("")), "");
    EXPECT_EQ(schema_errors(test::extract_text("KẾ HOẠCH\nTổ chức hội nghị\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH")), "");
}

}  // namespace
}  // namespace vbtrack
