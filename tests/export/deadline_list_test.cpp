#include "pipeline/export/deadline_list.hpp"

#include <set>

#include <gtest/gtest.h>

#include "pipeline/core/errors.hpp"
#include "query_dates.hpp"
#include "sample_records.hpp"

namespace vbtrack {
namespace {

using namespace std::chrono;

using test::ymd;
using test::on;

TEST(DeadlineList, SortedByDueWithUndatedLast) {
    auto entries = collect_deadlines({test::state_plan(), test::party_conclusion()}, on(ymd(2025, 3, 10)));
    ASSERT_EQ(entries.size(), 4u);
    // 28/02 (party), 20/03 (monthly, next after 10/03), 15/04, then the relative one.
    EXPECT_EQ(entries[0].number_symbol, "12-KL/ĐU");
    EXPECT_EQ(entries[0].due, ymd(2025, 2, 28));
    EXPECT_EQ(entries[0].state, DeadlineState::overdue);
    EXPECT_EQ(entries[1].deadline.kind, DeadlineKind::recurring);
    EXPECT_EQ(entries[1].due, ymd(2025, 3, 20));
    EXPECT_EQ(entries[1].state, DeadlineState::upcoming);
    EXPECT_EQ(entries[2].due, ymd(2025, 4, 15));
    EXPECT_EQ(entries[3].deadline.kind, DeadlineKind::relative);
    EXPECT_FALSE(entries[3].due);
    EXPECT_EQ(entries[3].state, DeadlineState::undated);
}

TEST(DeadlineList, EachEntryCarriesItsDocumentTaskAndBodies) {
    auto entries = collect_deadlines({test::state_plan()}, on(ymd(2025, 3, 10)));
    const auto& report = entries[1];  // 15/04 comes after the monthly 20/03
    EXPECT_EQ(report.number_symbol, "05/KH-UBND");
    EXPECT_EQ(report.issuer, "Ủy ban nhân dân xã Tân Lập");
    EXPECT_EQ(report.deadline.task, "Báo cáo kết quả rà soát về Ủy ban nhân dân xã");
    EXPECT_EQ(report.deadline.responsible, std::vector<std::string>{"Công chức Văn hóa - Xã hội"});
}

TEST(DeadlineList, ComputedDueWinsOverDate) {
    Record r = test::state_plan();
    r.deadlines[1].due = "2025-05-09";  // the meeting's date became known
    auto entries = collect_deadlines({r}, on(ymd(2025, 3, 10)));
    EXPECT_EQ(entries.back().due, ymd(2025, 5, 9));
    EXPECT_EQ(entries.back().deadline.kind, DeadlineKind::relative);
}

TEST(DeadlineList, RangeIsInclusiveAndExcludesUndated) {
    auto q = on(ymd(2025, 1, 1));
    q.from = ymd(2025, 2, 28);
    q.to = ymd(2025, 4, 15);
    auto entries = collect_deadlines({test::state_plan(), test::party_conclusion()}, q);
    ASSERT_EQ(entries.size(), 3u);
    EXPECT_EQ(entries.front().due, ymd(2025, 2, 28));
    // The monthly deadline counts from its document's issue date (02/03) → 20/03.
    EXPECT_EQ(entries[1].due, ymd(2025, 3, 20));
    EXPECT_EQ(entries.back().due, ymd(2025, 4, 15));
}

TEST(DeadlineList, RecurringDeadlineShowsTheOccurrenceInsideTheRange) {
    auto q = on(ymd(2025, 1, 1));
    q.from = ymd(2025, 6, 1);
    q.to = ymd(2025, 6, 30);
    auto entries = collect_deadlines({test::state_plan()}, q);
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].due, ymd(2025, 6, 20));
}

TEST(DeadlineList, RangeListsEveryOccurrenceOfARecurringDeadline) {
    auto q = on(ymd(2025, 1, 1));
    q.from = ymd(2025, 1, 1);
    q.to = ymd(2025, 6, 30);
    auto entries = collect_deadlines({test::state_plan()}, q);
    std::vector<Date> monthly;
    for (const auto& e : entries)
        if (e.deadline.kind == DeadlineKind::recurring) monthly.push_back(*e.due);
    // Issued 02/03: not before 20/03, then each 20th up to the end of June.
    EXPECT_EQ(monthly, (std::vector<Date>{ymd(2025, 3, 20), ymd(2025, 4, 20), ymd(2025, 5, 20), ymd(2025, 6, 20)}));
    EXPECT_EQ(entries.size(), 5u);  // with 15/04, in date order
    EXPECT_EQ(entries[2].due, ymd(2025, 4, 20));
    EXPECT_EQ(entries[1].due, ymd(2025, 4, 15));
}

TEST(DeadlineList, RecurringDeadlineWithAComputedDueStillRecurs) {
    // The extractor writes the first occurrence into `due`; a later range must still find later ones.
    Record r = test::state_plan();
    r.deadlines[2].due = "2025-03-20";
    auto q = on(ymd(2025, 1, 1));
    q.from = ymd(2025, 8, 1);
    q.to = ymd(2025, 8, 31);
    auto entries = collect_deadlines({r}, q);
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].due, ymd(2025, 8, 20));
    ASSERT_TRUE(entries[0].recurrence);
    EXPECT_EQ(entries[0].series_start, ymd(2025, 8, 20));  // a series listed from a date starts there
    // Without a range: the next occurrence from today, never before the first.
    EXPECT_EQ(collect_deadlines({r}, on(ymd(2025, 10, 21)))[1].due, ymd(2025, 11, 20));
    EXPECT_EQ(collect_deadlines({r}, on(ymd(2025, 1, 1)))[0].due, ymd(2025, 3, 20));
}

TEST(DeadlineList, FiltersByStatus) {
    auto q = on(ymd(2025, 3, 10));
    q.state = DeadlineState::overdue;
    auto overdue = collect_deadlines({test::state_plan(), test::party_conclusion()}, q);
    ASSERT_EQ(overdue.size(), 1u);
    EXPECT_EQ(overdue[0].number_symbol, "12-KL/ĐU");
    q.state = DeadlineState::undated;
    EXPECT_EQ(collect_deadlines({test::state_plan(), test::party_conclusion()}, q).size(), 1u);
    EXPECT_EQ(deadline_state_from_string("upcoming"), DeadlineState::upcoming);
    EXPECT_THROW(deadline_state_from_string("done"), UsageError);
}

TEST(DeadlineList, UidIsStableAndDistinct) {
    auto first = collect_deadlines({test::state_plan()}, on(ymd(2025, 3, 10)));
    auto again = collect_deadlines({test::state_plan()}, on(ymd(2025, 9, 1)));  // later: other order, other due
    std::set<std::string> uids_first, uids_again;
    for (const auto& e : first) uids_first.insert(deadline_uid(e));
    for (const auto& e : again) uids_again.insert(deadline_uid(e));
    EXPECT_EQ(uids_first.size(), 3u);
    EXPECT_EQ(uids_first, uids_again);
}

TEST(DeadlineList, SameTaskTwiceGetsTwoUids) {
    Record r = test::party_conclusion();
    Deadline second = r.deadlines[0];
    second.text = "trước ngày 30/6/2025";
    second.date = "2025-06-30";
    r.deadlines.push_back(second);
    auto entries = collect_deadlines({r}, on(ymd(2025, 1, 1)));
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_NE(deadline_uid(entries[0]), deadline_uid(entries[1]));
    // The first keeps the UID it had when it was alone.
    auto alone = collect_deadlines({test::party_conclusion()}, on(ymd(2025, 1, 1)));
    EXPECT_EQ(deadline_uid(entries[0]), deadline_uid(alone[0]));
}

}  // namespace
}  // namespace vbtrack
