// Recurring deadlines: their dates by our own rule (a day a month lacks falls
// on its last day), and the RRULE calendars get, expanded by libical's own
// iterator, which must give the same dates.
#include "pipeline/export/recurrence.hpp"

#include <gtest/gtest.h>
#include <libical/ical.h>

#include "pipeline/export/recurrence_rule.hpp"
#include "query_dates.hpp"

namespace vbtrack {
namespace {

using namespace std::chrono;

using test::ymd;

Recurrence monthly(unsigned day) { return *Recurrence::parse((day < 10 ? "*-0" : "*-") + std::to_string(day)); }

TEST(Recurrence, ParsesTheRecordsMonthDayOnly) {
    auto yearly = Recurrence::parse("02-01");
    ASSERT_TRUE(yearly);
    EXPECT_EQ(yearly->every, Recurrence::Every::year);
    EXPECT_EQ(yearly->month, 2u);
    EXPECT_EQ(yearly->day, 1u);
    auto every_month = Recurrence::parse("*-20");
    ASSERT_TRUE(every_month);
    EXPECT_EQ(every_month->every, Recurrence::Every::month);
    EXPECT_EQ(every_month->day, 20u);
    for (const char* bad : {"13-01", "00-10", "*-32", "*-00", "2-1", "*-5", "hằng tháng", "", "02/01"})
        EXPECT_FALSE(Recurrence::parse(bad)) << bad;
}

TEST(Recurrence, MonthlyOccurrenceIsThisMonthOrNext) {
    EXPECT_EQ(monthly(20).next(ymd(2025, 3, 2)), ymd(2025, 3, 20));
    EXPECT_EQ(monthly(20).next(ymd(2025, 3, 20)), ymd(2025, 3, 20));  // on the day counts
    EXPECT_EQ(monthly(20).next(ymd(2025, 3, 21)), ymd(2025, 4, 20));
    EXPECT_EQ(monthly(5).next(ymd(2025, 12, 6)), ymd(2026, 1, 5));
}

TEST(Recurrence, DayTheMonthLacksFallsOnItsLastDay) {
    EXPECT_EQ(monthly(31).next(ymd(2025, 4, 1)), ymd(2025, 4, 30));
    EXPECT_EQ(monthly(31).next(ymd(2025, 2, 10)), ymd(2025, 2, 28));
    EXPECT_EQ(monthly(30).next(ymd(2024, 2, 10)), ymd(2024, 2, 29));
    EXPECT_EQ(Recurrence::parse("02-29")->next(ymd(2025, 1, 1)), ymd(2025, 2, 28));
    EXPECT_EQ(Recurrence::parse("02-29")->next(ymd(2028, 1, 1)), ymd(2028, 2, 29));
}

TEST(Recurrence, YearlyOccurrenceIsThisYearOrNext) {
    EXPECT_EQ(Recurrence::parse("02-01")->next(ymd(2025, 1, 15)), ymd(2025, 2, 1));
    EXPECT_EQ(Recurrence::parse("02-01")->next(ymd(2025, 2, 2)), ymd(2026, 2, 1));
    EXPECT_EQ(Recurrence::parse("01-10")->next(ymd(2025, 6, 1)), ymd(2026, 1, 10));
}

TEST(Recurrence, BetweenListsEveryOccurrenceInclusive) {
    auto dates = monthly(31).between(ymd(2025, 1, 31), ymd(2025, 5, 31));
    EXPECT_EQ(dates, (std::vector<Date>{ymd(2025, 1, 31), ymd(2025, 2, 28), ymd(2025, 3, 31), ymd(2025, 4, 30),
                                        ymd(2025, 5, 31)}));
    EXPECT_TRUE(monthly(20).between(ymd(2025, 3, 21), ymd(2025, 4, 19)).empty());
    EXPECT_EQ(Recurrence::parse("02-01")->between(ymd(2024, 1, 1), ymd(2026, 12, 31)).size(), 3u);
}

TEST(Recurrence, RuleTextIsTheRfc5545Form) {
    EXPECT_EQ(recurrence_rule_text(monthly(20)), "FREQ=MONTHLY;BYMONTHDAY=20");
    EXPECT_EQ(recurrence_rule_text(*Recurrence::parse("02-01")), "FREQ=YEARLY;BYMONTHDAY=1;BYMONTH=2");
    EXPECT_EQ(recurrence_rule_text(monthly(31)), "FREQ=MONTHLY;BYMONTHDAY=-1");
    EXPECT_EQ(recurrence_rule_text(monthly(30)), "FREQ=MONTHLY;BYMONTHDAY=30,-1;BYSETPOS=1");
}

// The first `count` dates libical's iterator gives for `rule` from `start`.
std::vector<Date> libical_dates(icalrecurrencetype rule, Date start, int count) {
    icaltimetype dtstart = icaltime_null_time();  // icaltime_null_date()'s -1 times upset the iterator
    dtstart.is_date = 1;
    dtstart.year = int(start.year());
    dtstart.month = int(unsigned(start.month()));
    dtstart.day = int(unsigned(start.day()));
    icalrecur_iterator* it = icalrecur_iterator_new(rule, dtstart);
    EXPECT_NE(it, nullptr);
    std::vector<Date> dates;
    if (!it) return dates;
    for (icaltimetype t = icalrecur_iterator_next(it); !icaltime_is_null_time(t) && int(dates.size()) < count;
         t = icalrecur_iterator_next(it))
        dates.push_back(ymd(t.year, unsigned(t.month), unsigned(t.day)));
    icalrecur_iterator_free(it);
    return dates;
}

// Our dates of `r` from `first` on, shifted `days_before` days earlier.
std::vector<Date> our_dates(const Recurrence& r, Date first, int count, int days_before) {
    std::vector<Date> dates;
    for (Date d = first; int(dates.size()) < count; d = r.next(Date{sys_days{d} + days{1}}))
        dates.push_back(Date{sys_days{d} - days{days_before}});
    return dates;
}

// Every day of the month, every month of the year, over years with and
// without 29 February: the rule libical expands must give our dates, for the
// deadlines themselves and for the series that starts a day early.
TEST(Recurrence, LibicalExpandsTheRuleToOurDates) {
    std::vector<Recurrence> all;
    for (unsigned d = 1; d <= 31; ++d) all.push_back(Recurrence{Recurrence::Every::month, 0, d});
    for (unsigned m = 1; m <= 12; ++m)
        for (unsigned d = 1; d <= 31; ++d) all.push_back(Recurrence{Recurrence::Every::year, m, d});
    for (const auto& r : all) {
        const int count = r.every == Recurrence::Every::month ? 50 : 9;  // 2023 to past 2028's 29 February
        const Date first = r.next(ymd(2023, 1, 1));
        for (int before : {0, 1}) {
            const auto ours = our_dates(r, first, count, before);
            EXPECT_EQ(libical_dates(recurrence_rule(r, before), ours.front(), count), ours)
                << (r.every == Recurrence::Every::month ? "monthly" : "yearly") << " month " << r.month << " day "
                << r.day << ", " << before << " day(s) before";
        }
    }
}

}  // namespace
}  // namespace vbtrack
