// Dates and due dates of whole deadlines, each worked out by hand: year
// inference from the issue date, last days of periods, the next occurrence of
// recurring deadlines, and Civil Code counting on the 2024 calendar
// (27/4-1/5 off, Saturday 4/5 worked; 15/9/2024 a Sunday).
#include <gtest/gtest.h>

#include "deadline_test_support.hpp"

namespace vbtrack::test {
namespace {

Deadline one(const std::string& text, const std::optional<std::string>& issued) {
    auto found = deadlines_in(text, issued);
    EXPECT_EQ(found.size(), 1u) << text;
    return found.empty() ? Deadline{} : found.front();
}

TEST(DeadlineDatesTest, AbsoluteDateIsItsOwnDue) {
    auto d = one("Sở Tài chính hoàn thành trước ngày 25/4/2023.", "2023-01-04");
    EXPECT_EQ(d.kind, DeadlineKind::absolute);
    EXPECT_EQ(d.date, "2023-04-25");
    EXPECT_EQ(d.due, "2023-04-25");
    EXPECT_FALSE(d.inferred_year);
    EXPECT_FALSE(d.month_day);
    EXPECT_FALSE(d.offset);
}

TEST(DeadlineDatesTest, YearInferredFromTheIssueDate) {
    auto same_year = one("gửi về Sở trước ngày 15/11.", "2024-09-12");
    EXPECT_EQ(same_year.date, "2024-11-15");
    EXPECT_TRUE(same_year.inferred_year);
    auto next_year = one("gửi về Sở trước ngày 15/01.", "2024-09-12");  // 15/1/2024 had passed
    EXPECT_EQ(next_year.date, "2025-01-15");
    auto leap = one("nộp trước ngày 29/02.", "2023-03-01");  // the next 29/2 that exists
    EXPECT_EQ(leap.date, "2024-02-29");
    auto unknown = one("gửi về Sở trước ngày 15/11.", std::nullopt);
    EXPECT_FALSE(unknown.date);
    EXPECT_TRUE(unknown.inferred_year);
}

TEST(DeadlineDatesTest, PeriodsEndOnTheirLastDay) {
    EXPECT_EQ(one("hoàn thành trong Quý III/2024.", "2024-05-15").date, "2024-09-30");
    EXPECT_EQ(one("tổ chức trong tháng 2/2024.", "2024-01-10").date, "2024-02-29");
    auto inferred = one("hoàn thành trong Quý IV.", "2024-10-14");
    EXPECT_EQ(inferred.date, "2024-12-31");
    EXPECT_TRUE(inferred.inferred_year);
    EXPECT_EQ(one("giải ngân trong 6 tháng đầu năm 2025.", "2025-01-02").date, "2025-06-30");
}

// A period over before the issue date is looked back on ("Trong Quý III/2024, các
// xã đã ..." in a report of October), not a limit; one with no year is the next.
TEST(DeadlineDatesTest, APeriodOverAtIssueIsNoDeadline) {
    EXPECT_TRUE(deadlines_in("Trong Quý III năm 2024, các xã đã hoàn thành 12 công trình.", "2024-10-08").empty());
    EXPECT_EQ(one("hoàn thành trong Quý IV năm 2024.", "2024-10-08").date, "2024-12-31");
    EXPECT_EQ(one("hoàn thành trong tháng 10/2024.", "2024-10-08").date, "2024-10-31");  // still running
    EXPECT_EQ(one("tổng kết trong Quý III.", "2024-10-08").date, "2025-09-30");
    // Without a year, a period told in the past ("đã") is the one reported on.
    EXPECT_TRUE(deadlines_in("Kết quả: trong Quý I, Sở đã thẩm định 12 hồ sơ.", "2025-04-03").empty());
    EXPECT_EQ(one("trong Quý II, Sở hoàn thành thẩm định; đã có 12 hồ sơ.", "2025-04-03").date, "2025-06-30");
    EXPECT_EQ(one("tập huấn trong tháng 11 và tháng 12/2024.", "2024-10-08").date, "2024-12-31");
}

TEST(DeadlineDatesTest, RecurringDeadlinesAndTheirNextOccurrence) {
    auto yearly = one("xây dựng kế hoạch trước ngày 01 tháng 02 hằng năm.", "2024-05-15");
    EXPECT_EQ(yearly.kind, DeadlineKind::recurring);
    EXPECT_EQ(yearly.month_day, "02-01");
    EXPECT_FALSE(yearly.date);
    EXPECT_EQ(yearly.due, "2025-02-01");
    auto monthly = one("tổng hợp số liệu trước ngày 05 hằng tháng.", "2024-05-15");
    EXPECT_EQ(monthly.month_day, "*-05");
    EXPECT_EQ(monthly.due, "2024-06-05");
    // A day February lacks falls on its last day.
    EXPECT_EQ(one("báo cáo trước ngày 31 hằng tháng.", "2025-01-31").due, "2025-02-28");
    // Quarterly: four yearly deadlines, one in the last month of each quarter, each next due after issue.
    auto quarterly = deadlines_in("gửi báo cáo chậm nhất ngày 20 của tháng cuối quý.", "2024-06-25");
    ASSERT_EQ(quarterly.size(), 4u);
    const char* month_days[] = {"03-20", "06-20", "09-20", "12-20"};
    const char* dues[] = {"2025-03-20", "2025-06-20", "2024-09-20", "2024-12-20"};  // 20/6/2024 had passed
    for (std::size_t q = 0; q < 4; ++q) {
        EXPECT_EQ(quarterly[q].kind, DeadlineKind::recurring);
        EXPECT_EQ(quarterly[q].month_day, month_days[q]);
        EXPECT_FALSE(quarterly[q].date);
        EXPECT_EQ(quarterly[q].due, dues[q]);
        EXPECT_EQ(quarterly[q].text, quarterly[0].text);
    }
}

TEST(DeadlineDatesTest, TermsFromTheSignatureGetADueDate) {
    // Signed Wednesday 15/5/2024: day 1 is 16/5, day 15 is Thursday 30/5.
    auto days = one("Trong thời hạn 15 ngày kể từ ngày ký, các đơn vị báo cáo.", "2024-05-15");
    EXPECT_EQ(days.kind, DeadlineKind::relative);
    ASSERT_TRUE(days.offset);
    EXPECT_EQ(days.offset->days, 15);
    EXPECT_FALSE(days.offset->working_days);
    EXPECT_EQ(days.offset->after, "ký");
    EXPECT_EQ(days.due, "2024-05-30");
    // Signed Friday 26/4/2024: 2, 3, 4 (Saturday worked), 6, 7, 8, 9, 10, 13, 14/5.
    auto working = one("trong thời hạn 10 ngày làm việc kể từ ngày ký", "2024-04-26");
    EXPECT_TRUE(working.offset->working_days);
    EXPECT_EQ(working.due, "2024-05-14");
    // 6 months after 15/3/2024 is Sunday 15/9 -> Monday 16/9.
    auto months = one("trong thời hạn 06 tháng kể từ ngày Quyết định này được ký.", "2024-03-15");
    EXPECT_EQ(months.offset->months, 6);
    EXPECT_EQ(months.offset->days, 0);
    EXPECT_EQ(months.due, "2024-09-16");
    // From a written date: 14 days after Monday 1/7/2024 is Monday 15/7.
    EXPECT_EQ(one("nộp trong 02 tuần kể từ ngày 01/7/2024.", "2024-06-20").due, "2024-07-15");
}

TEST(DeadlineDatesTest, TermsFromAnUnknownEventHaveNoDueDate) {
    auto after = one("chậm nhất 10 ngày làm việc sau Hội nghị, Văn phòng thông báo.", "2024-05-15");
    ASSERT_TRUE(after.offset);
    EXPECT_EQ(after.offset->days, 10);
    EXPECT_TRUE(after.offset->working_days);
    EXPECT_EQ(after.offset->after, "Hội nghị");
    EXPECT_FALSE(after.offset->before);
    EXPECT_FALSE(after.due);
    auto before = one("gửi giấy mời chậm nhất là 03 ngày trước ngày khai mạc.", "2024-05-15");
    EXPECT_TRUE(before.offset->before);
    EXPECT_EQ(before.offset->after, "khai mạc");
}

}  // namespace
}  // namespace vbtrack::test
