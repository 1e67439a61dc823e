#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "pipeline/core/record.hpp"
#include "record_schema.hpp"

namespace vbtrack {
namespace {

Record full_record() {
    Record r;
    r.id = r.source.sha256 = std::string(64, 'a');
    r.source.path = "samples/x.docx";
    r.source.size = 1234;
    r.source.format = Format::docx;
    r.pages = 2;
    r.regime = "party";
    r.doc_type = "KH";
    r.doc_type_name = "Kế hoạch";
    r.number_symbol = "41-KH/HU";
    r.issuer = "Ban Thường vụ Huyện ủy Lục Ngạn";
    r.issuer_lines = {"HUYỆN ỦY LỤC NGẠN"};
    r.place = "Lục Ngạn";
    r.issued_date = "2021-07-27";
    r.title = "Thực hiện Kết luận số 116-KL/TU";
    r.signer = Signer{"Cao Văn Hoàn", "Phó Bí thư", "T/M Ban Thường vụ"};
    r.references.push_back({"KL", "116-KL/TU", "2021-07-09", "Ban Thường vụ Tỉnh ủy Bắc Giang"});
    Deadline d;
    d.text = "trước ngày 01 tháng 02 hằng năm";
    d.kind = DeadlineKind::recurring;
    d.month_day = "02-01";
    d.task = "xây dựng kế hoạch";
    d.responsible = {"Ban Dân vận Huyện ủy"};
    r.deadlines.push_back(d);
    Deadline relative;
    relative.text = "Sau 07 ngày làm việc khi kết thúc tiếp xúc";
    relative.kind = DeadlineKind::relative;
    relative.offset = DeadlineOffset{7, true, "kết thúc tiếp xúc"};
    r.deadlines.push_back(relative);
    r.responsible_bodies.push_back({"Ban Dân vận Huyện ủy", "chủ trì"});
    r.recipients = {"Thường trực Tỉnh ủy"};
    r.text = "HUYỆN ỦY LỤC NGẠN\nSố 41-KH/HU";
    r.evidence["number_symbol"] = Evidence{1, 18, 29, "text-layer", 0.95, "party-number-line"};
    r.quality.repaired_syllables = 3;
    r.pipeline_version = "0.1.0";
    r.config_hash = "abc";
    return r;
}

TEST(Record, JsonRoundTripKeepsEveryField) {
    Record r = full_record();
    nlohmann::json j = r;
    Record back = j.get<Record>();
    EXPECT_EQ(nlohmann::json(back), j);
    EXPECT_EQ(j["source"]["format"], "docx");
    EXPECT_EQ(j["deadlines"][1]["offset"]["days"], 7);
    EXPECT_EQ(j["evidence"]["number_symbol"]["span"], nlohmann::json::array({18, 29}));
}

TEST(Record, FullAndFailedRecordsValidateAgainstTheSchema) {
    test::RecordSchema schema;
    EXPECT_EQ(schema.errors(full_record()), "");
    SourceInfo source;
    source.path = "broken.pdf";
    source.sha256 = std::string(64, 'b');
    EXPECT_EQ(schema.errors(failed_record(source, "the PDF is damaged")), "");
}

TEST(Record, SchemaRejectsWhatTheContractForbids) {
    test::RecordSchema schema;
    nlohmann::json j = full_record();
    j["issued_date"] = "27/07/2021";
    EXPECT_NE(schema.errors(j), "");
    j = full_record();
    j["status"] = "failed";  // failed without errors
    EXPECT_NE(schema.errors(j), "");
    j = full_record();
    j["responsible_bodies"][0]["role"] = "lead";
    EXPECT_NE(schema.errors(j), "");
    j = full_record();
    j["id"] = "not-a-hash";
    EXPECT_NE(schema.errors(j), "");
}

}  // namespace
}  // namespace vbtrack
