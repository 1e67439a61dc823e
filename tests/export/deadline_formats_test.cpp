#include "pipeline/export/deadline_formats.hpp"

#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "pipeline/core/errors.hpp"
#include "sample_records.hpp"

namespace vbtrack {
namespace {

using namespace std::chrono;

std::vector<DeadlineEntry> sample_entries() {
    DeadlineQuery q;
    q.today = Date{year{2025}, month{3}, day{10}};
    return collect_deadlines({test::state_plan(), test::party_conclusion()}, q);
}

std::string render(const std::string& format) {
    std::ostringstream out;
    deadline_writer(format)(sample_entries(), out);
    return out.str();
}

TEST(DeadlineFormats, JsonListsEachDeadlineWithItsDocument) {
    auto list = nlohmann::json::parse(render("json"));
    ASSERT_EQ(list.size(), 4u);
    EXPECT_EQ(list[0]["due"], "2025-02-28");
    EXPECT_EQ(list[0]["status"], "overdue");
    EXPECT_EQ(list[0]["document"]["number_symbol"], "12-KL/ĐU");
    EXPECT_EQ(list[0]["responsible"], (nlohmann::json{"Văn phòng Đảng ủy", "Ban Dân vận"}));
    EXPECT_TRUE(list[3]["due"].is_null());
    EXPECT_EQ(list[3]["offset"]["days"], 5);
    EXPECT_EQ(list[3]["offset"]["working_days"], true);
}

TEST(DeadlineFormats, JsonAndCsvGiveTheRecurrenceRule) {
    auto list = nlohmann::json::parse(render("json"));
    EXPECT_EQ(list[1]["kind"], "recurring");
    EXPECT_EQ(list[1]["recurrence"], "FREQ=MONTHLY;BYMONTHDAY=20");
    EXPECT_TRUE(list[0]["recurrence"].is_null());
    const std::string csv = render("csv");
    EXPECT_NE(csv.find("\"due\",\"status\",\"kind\",\"recurrence\","), std::string::npos) << csv;
    EXPECT_NE(csv.find("\"2025-03-20\",\"upcoming\",\"recurring\",\"FREQ=MONTHLY;BYMONTHDAY=20\""), std::string::npos)
        << csv;
}

TEST(DeadlineFormats, TableShowsOneLinePerDeadlineTheUndatedWordsAndACount) {
    std::string table = render("table");
    std::istringstream lines(table);
    std::vector<std::string> rows;
    for (std::string line; std::getline(lines, line);) rows.push_back(line);
    ASSERT_EQ(rows.size(), 7u);  // header, 4 deadlines, the undated one's words, count
    EXPECT_EQ(rows[1].substr(0, 10), "2025-02-28");
    EXPECT_NE(rows[4].find("Gửi biên bản Hội nghị"), std::string::npos) << rows[4];
    EXPECT_EQ(rows[5], "            when: chậm nhất 05 ngày làm việc sau Hội nghị");
    EXPECT_EQ(rows[6], "4 deadlines");
}

TEST(DeadlineFormats, CsvAndIcsAreOffered) {
    EXPECT_EQ(render("csv").substr(0, 3), "\xEF\xBB\xBF");
    EXPECT_EQ(render("ics").substr(0, 15), "BEGIN:VCALENDAR");
    EXPECT_THROW(deadline_writer("xlsx"), UsageError);
}

}  // namespace
}  // namespace vbtrack
