// Days off against the breaks the government announced (the announcements are
// cited in extractors/calendar/data/official_schedule.json), and the law's
// default rule for years without a decision.
#include <gtest/gtest.h>

#include <stdexcept>

#include "extractors/calendar/official_schedule.hpp"
#include "extractors/calendar/working_calendar.hpp"
#include "tests/extractors/calendar/calendar_dates.hpp"

namespace vbtrack::calendar {
namespace {

// Every day of [first, last] is off, and the days just outside are working days.
void expect_break(const WorkingCalendar& cal, Date first, Date last) {
    for (Date day = first; Days{day} <= Days{last}; day = add_days(day, 1))
        EXPECT_TRUE(cal.is_day_off(day)) << to_iso(day) << " should be off";
    EXPECT_TRUE(cal.is_working_day(add_days(first, -1))) << to_iso(add_days(first, -1)) << " should be worked";
    EXPECT_TRUE(cal.is_working_day(add_days(last, 1))) << to_iso(add_days(last, 1)) << " should be worked";
}

const WorkingCalendar& official() { return WorkingCalendar::official(); }

TEST(HolidaysTest, OfficialBreaks2020And2021) {
    expect_break(official(), d(2020, 1, 23), d(2020, 1, 29));  // Tết Canh Tý
    expect_break(official(), d(2021, 2, 10), d(2021, 2, 16));  // Tết Tân Sửu
    expect_break(official(), d(2021, 9, 2), d(2021, 9, 5));    // first year with two days for 2/9
}

TEST(HolidaysTest, OfficialBreaks2023) {
    expect_break(official(), d(2022, 12, 31), d(2023, 1, 2));  // 1/1 on a Sunday: Monday 2/1 off
    expect_break(official(), d(2023, 1, 20), d(2023, 1, 26));  // Tết Quý Mão, 7 days
    expect_break(official(), d(2023, 4, 29), d(2023, 5, 3));   // Giỗ Tổ on Saturday 29/4, 30/4 Sunday
    expect_break(official(), d(2023, 9, 1), d(2023, 9, 4));    // 1/9 + 2/9 (Saturday) -> Monday 4/9
}

TEST(HolidaysTest, OfficialBreaks2024) {
    expect_break(official(), d(2024, 2, 8), d(2024, 2, 14));   // Tết Giáp Thìn
    expect_break(official(), d(2024, 4, 18), d(2024, 4, 18));  // Giỗ Tổ, Thursday
    expect_break(official(), d(2024, 4, 27), d(2024, 5, 1));   // 29/4 swapped ...
    EXPECT_TRUE(official().is_working_day(d(2024, 5, 4)));    // ... with Saturday 4/5
    expect_break(official(), d(2024, 8, 31), d(2024, 9, 3));   // Quốc khánh
}

TEST(HolidaysTest, OfficialBreaks2025And2026) {
    expect_break(official(), d(2025, 1, 25), d(2025, 2, 2));   // Tết Ất Tỵ, 9 days
    expect_break(official(), d(2025, 4, 30), d(2025, 5, 4));   // Friday 2/5 swapped ...
    EXPECT_TRUE(official().is_working_day(d(2025, 4, 26)));   // ... with Saturday 26/4
    expect_break(official(), d(2025, 8, 30), d(2025, 9, 2));
    expect_break(official(), d(2026, 2, 14), d(2026, 2, 22));  // Tết Bính Ngọ, 9 days
}

TEST(HolidaysTest, EarlierLawHadFewerDays) {
    // 2010 (Labour Code 1994 as amended in 2007): Tết 4 days, 2/9 alone.
    auto holidays = statutory_holidays(2010, nullptr);
    EXPECT_EQ(std::count_if(holidays.begin(), holidays.end(), [](const Holiday& h) { return h.kind == HolidayKind::tet; }), 4);
    EXPECT_EQ(std::count_if(holidays.begin(), holidays.end(),
                            [](const Holiday& h) { return h.kind == HolidayKind::national_day; }), 1);
    // 2006: no Giỗ Tổ yet.
    auto h2006 = statutory_holidays(2006, nullptr);
    EXPECT_EQ(std::count_if(h2006.begin(), h2006.end(), [](const Holiday& h) { return h.kind == HolidayKind::hung_kings; }), 0);
    // 2030 under the 2019 code: 11 days.
    EXPECT_EQ(statutory_holidays(2030, nullptr).size(), 11u);
}

TEST(HolidaysTest, DefaultRuleForAYearWithoutDecision) {
    WorkingCalendar bare({});
    // 2027: Tết on Saturday 6/2 -> 5/2 (Fri), 6-9/2, compensation for Sat 6 and Sun 7 -> 10, 11/2;
    // Friday 12/2 is worked.
    expect_break(bare, d(2027, 2, 5), d(2027, 2, 11));
    // 2/9/2027 is a Thursday: 3/9 joins it.
    expect_break(bare, d(2027, 9, 2), d(2027, 9, 5));
    // A weekday holiday alone: 30/4/2027 Friday, 1/5 Saturday -> Monday 3/5.
    expect_break(bare, d(2027, 4, 30), d(2027, 5, 3));
    // Years outside the precomputed table still work: 1/1/2200 is a Wednesday.
    EXPECT_TRUE(bare.is_day_off(d(2200, 1, 1)));
    EXPECT_TRUE(bare.is_working_day(d(2200, 1, 2)));
}

TEST(HolidaysTest, ListsOnlyNonWeekendDaysOff) {
    auto days = official().holidays_off(2024);
    // 1/1; Tết 8, 9, 12, 13, 14/2; Giỗ Tổ 18/4; 29, 30/4 and 1/5; 2, 3/9.
    ASSERT_EQ(days.size(), 12u);
    EXPECT_EQ(to_iso(days.front()), "2024-01-01");
    EXPECT_EQ(to_iso(days.back()), "2024-09-03");
}

TEST(ScheduleTest, DataFileParsesAndCoversRecentYears) {
    const auto& decisions = official_decisions();
    for (int year : {2023, 2024, 2025}) {
        auto it = std::find_if(decisions.begin(), decisions.end(), [&](const YearDecision& y) { return y.year == year; });
        ASSERT_NE(it, decisions.end()) << year;
        EXPECT_FALSE(it->source.empty()) << year << " must cite its decision";
    }
}

TEST(ScheduleTest, BadEntriesAreRejectedWithTheYear) {
    EXPECT_THROW(parse_schedule(R"({"years": [{"year": 2024, "swaps": [{"off": "29/4/2024", "work": "2024-05-04"}]}]})"),
                 std::invalid_argument);
    EXPECT_THROW(parse_schedule(R"({"years": [{"year": 2024, "tet_days_before": 9}]})"), std::invalid_argument);
    try {
        parse_schedule(R"({"years": [{"year": 2031, "national_day_extra": "2031-13-01"}]})");
        FAIL();
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("2031"), std::string::npos);
    }
}

}  // namespace
}  // namespace vbtrack::calendar
