#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "pipeline/export/exporter.hpp"
#include "sample_records.hpp"

namespace vbtrack {
namespace {

TEST(Jsonl, OneRecordPerLineThatReadsBackEqual) {
    Record plan = test::state_plan();
    Record conclusion = test::party_conclusion();
    std::ostringstream out;
    make_exporter("jsonl")->write({plan, conclusion}, out);

    std::istringstream in(out.str());
    std::vector<Record> back;
    for (std::string line; std::getline(in, line);) back.push_back(nlohmann::json::parse(line).get<Record>());
    ASSERT_EQ(back.size(), 2u);  // the newline inside `text` stayed escaped
    // Equal as JSON: every field survived the round trip.
    EXPECT_EQ(nlohmann::json(back[0]), nlohmann::json(plan));
    EXPECT_EQ(nlohmann::json(back[1]), nlohmann::json(conclusion));
    EXPECT_EQ(back[0].deadlines[2].month_day, "*-20");
    EXPECT_EQ(back[0].deadlines[1].offset->days, 5);
    EXPECT_EQ(back[1].deadlines[0].task, "Tổng hợp, báo cáo \"kết quả\" thực hiện Kết luận");
}

TEST(Jsonl, NoRecordsNoLines) {
    std::ostringstream out;
    make_exporter("jsonl")->write({}, out);
    EXPECT_EQ(out.str(), "");
}

}  // namespace
}  // namespace vbtrack
