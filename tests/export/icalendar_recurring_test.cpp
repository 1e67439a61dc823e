// Recurring deadlines in iCalendar: one VTODO per series, anchored on its
// first occurrence, expanded by libical to the dates the document means.
#include "pipeline/export/icalendar.hpp"

#include <gtest/gtest.h>
#include <libical/ical.h>

#include "ical_reading.hpp"
#include "query_dates.hpp"
#include "sample_records.hpp"

namespace vbtrack {
namespace {

using namespace std::chrono;

using test::ymd;
using test::on;

// A plan issued on `issued` with one recurring deadline.
Record plan_with(const std::string& text, const std::string& month_day, const std::string& issued) {
    Record r = test::state_plan();
    r.issued_date = issued;
    Deadline d;
    d.text = text;
    d.kind = DeadlineKind::recurring;
    d.month_day = month_day;
    d.task = "Báo cáo định kỳ";
    r.deadlines = {d};
    return r;
}

test::Component calendar_of(const std::vector<Record>& records, const DeadlineQuery& query) {
    return test::parse_ical(deadlines_to_icalendar(collect_deadlines(records, query)));
}

Date date_of(icaltimetype t) { return ymd(t.year, unsigned(t.month), unsigned(t.day)); }

// The DUE of the first `count` instances, as a calendar computes them: each
// instance starts on a date the RRULE gives from DTSTART and keeps the
// series' span from DTSTART to DUE (RFC 5545 §3.8.5.3).
std::vector<Date> instance_dues(icalcomponent* todo, int count) {
    icaltimetype start = icalcomponent_get_dtstart(todo), due = icalcomponent_get_due(todo);
    const auto span = sys_days{date_of(due)} - sys_days{date_of(start)};
    icalproperty* rrule = icalcomponent_get_first_property(todo, ICAL_RRULE_PROPERTY);
    EXPECT_NE(rrule, nullptr);
    std::vector<Date> dues;
    if (!rrule) return dues;
    icalrecur_iterator* it = icalrecur_iterator_new(icalproperty_get_rrule(rrule), start);
    for (icaltimetype t = icalrecur_iterator_next(it); !icaltime_is_null_time(t) && int(dues.size()) < count;
         t = icalrecur_iterator_next(it))
        dues.push_back(Date{sys_days{date_of(t)} + span});
    icalrecur_iterator_free(it);
    return dues;
}

icalcomponent* only_todo(icalcomponent* calendar) {
    EXPECT_EQ(icalcomponent_count_components(calendar, ICAL_VTODO_COMPONENT), 1);
    return icalcomponent_get_first_component(calendar, ICAL_VTODO_COMPONENT);
}

TEST(ICalendarRecurring, MonthlyDeadlineIsASeriesFromItsFirstDate) {
    auto calendar = calendar_of({plan_with("trước ngày 20 hằng tháng", "*-20", "2025-03-02")}, on(ymd(2025, 9, 1)));
    ASSERT_TRUE(calendar);
    EXPECT_TRUE(icalrestriction_check(calendar.get()));
    EXPECT_EQ(icalcomponent_count_errors(calendar.get()), 0);
    icalcomponent* todo = only_todo(calendar.get());
    ASSERT_NE(todo, nullptr);
    // Dates, not times; DUE on the first 20th on or after the issue date, DTSTART the day before it.
    EXPECT_TRUE(icalcomponent_get_due(todo).is_date);
    EXPECT_TRUE(icalcomponent_get_dtstart(todo).is_date);
    EXPECT_EQ(date_of(icalcomponent_get_due(todo)), ymd(2025, 3, 20));
    EXPECT_EQ(date_of(icalcomponent_get_dtstart(todo)), ymd(2025, 3, 19));
    EXPECT_EQ(test::property_text(todo, ICAL_RRULE_PROPERTY), "FREQ=MONTHLY;BYMONTHDAY=19");
    EXPECT_EQ(instance_dues(todo, 3), (std::vector<Date>{ymd(2025, 3, 20), ymd(2025, 4, 20), ymd(2025, 5, 20)}));
}

TEST(ICalendarRecurring, YearlyDeadlineRecursEveryYear) {
    auto calendar = calendar_of({plan_with("trước ngày 01 tháng 02 hằng năm", "02-01", "2025-03-02")}, on(ymd(2025, 3, 10)));
    icalcomponent* todo = only_todo(calendar.get());
    ASSERT_NE(todo, nullptr);
    // 01/02/2025 had passed when the plan was issued: the series starts in 2026.
    EXPECT_EQ(date_of(icalcomponent_get_due(todo)), ymd(2026, 2, 1));
    EXPECT_EQ(date_of(icalcomponent_get_dtstart(todo)), ymd(2026, 1, 31));
    EXPECT_EQ(instance_dues(todo, 3), (std::vector<Date>{ymd(2026, 2, 1), ymd(2027, 2, 1), ymd(2028, 2, 1)}));
}

TEST(ICalendarRecurring, The31stFallsOnTheLastDayOfShortMonths) {
    auto calendar = calendar_of({plan_with("trước ngày 31 hằng tháng", "*-31", "2025-01-05")}, on(ymd(2025, 1, 5)));
    icalcomponent* todo = only_todo(calendar.get());
    ASSERT_NE(todo, nullptr);
    EXPECT_EQ(instance_dues(todo, 4),
              (std::vector<Date>{ymd(2025, 1, 31), ymd(2025, 2, 28), ymd(2025, 3, 31), ymd(2025, 4, 30)}));
}

TEST(ICalendarRecurring, TheRecordsComputedFirstDateIsTheAnchor) {
    // The extractor counts from the day after the issue date: issued on the 20th, first due next month.
    Record r = plan_with("trước ngày 20 hằng tháng", "*-20", "2025-03-20");
    r.deadlines[0].due = "2025-04-20";
    auto calendar = calendar_of({r}, on(ymd(2025, 3, 25)));
    icalcomponent* todo = only_todo(calendar.get());
    ASSERT_NE(todo, nullptr);
    EXPECT_EQ(date_of(icalcomponent_get_due(todo)), ymd(2025, 4, 20));
}

TEST(ICalendarRecurring, ARangeWithManyOccurrencesGivesOneSeriesFromItsStart) {
    DeadlineQuery q = on(ymd(2025, 3, 10));
    q.from = ymd(2025, 6, 1);
    q.to = ymd(2025, 12, 31);
    const auto entries = collect_deadlines({plan_with("trước ngày 20 hằng tháng", "*-20", "2025-03-02")}, q);
    EXPECT_EQ(entries.size(), 7u);  // 20/06 … 20/12
    auto calendar = test::parse_ical(deadlines_to_icalendar(entries));
    icalcomponent* todo = only_todo(calendar.get());
    ASSERT_NE(todo, nullptr);
    // The series starts in the range: a calendar subscribed from a date gets no occurrences before it.
    EXPECT_EQ(date_of(icalcomponent_get_due(todo)), ymd(2025, 6, 20));
}

TEST(ICalendarRecurring, WithoutARangeTheSeriesStartsAtItsFirstDate) {
    const auto entries =
        collect_deadlines({plan_with("trước ngày 20 hằng tháng", "*-20", "2025-03-02")}, on(ymd(2026, 1, 1)));
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].due, ymd(2026, 1, 20));  // the list shows the next one
    auto calendar = test::parse_ical(deadlines_to_icalendar(entries));
    icalcomponent* todo = only_todo(calendar.get());
    ASSERT_NE(todo, nullptr);
    EXPECT_EQ(date_of(icalcomponent_get_due(todo)), ymd(2025, 3, 20));  // the calendar gets the whole series
}

}  // namespace
}  // namespace vbtrack
