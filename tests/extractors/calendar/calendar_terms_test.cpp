// Counting terms per the Civil Code 2015, Art. 147-148, worked out by hand
// against the 2024 calendar (Tết 8-14/2, 27/4-1/5 with Saturday 4/5 worked).
#include <gtest/gtest.h>

#include "extractors/calendar/working_calendar.hpp"
#include "tests/extractors/calendar/calendar_dates.hpp"

namespace vbtrack::calendar {
namespace {

const WorkingCalendar& cal() { return WorkingCalendar::official(); }

TEST(TermsTest, CalendarDaysStartTheDayAfterTheTrigger) {
    // Signed Wednesday 15/5/2024; 15 days -> Thursday 30/5.
    EXPECT_EQ(to_iso(cal().after_days(d(2024, 5, 15), 15)), "2024-05-30");
    // 10 days after Wednesday 1/5/2024 end on Saturday 11/5 -> Monday 13/5 (Art. 148(5)).
    EXPECT_EQ(to_iso(cal().after_days(d(2024, 5, 1), 10)), "2024-05-13");
    // Ending inside Tết moves past the whole break: 3/2/2024 + 7 = Saturday 10/2 -> Thursday 15/2.
    EXPECT_EQ(to_iso(cal().after_days(d(2024, 2, 3), 7)), "2024-02-15");
}

TEST(TermsTest, WorkingDaysSkipWeekendsHolidaysAndSwaps) {
    // Wednesday 7/2/2024 + 3 working days: 8-14/2 off -> 15, 16, 19/2.
    EXPECT_EQ(to_iso(cal().after_working_days(d(2024, 2, 7), 3)), "2024-02-19");
    // Friday 26/4/2024 + 2 working days: 27/4-1/5 off -> 2/5, 3/5.
    EXPECT_EQ(to_iso(cal().after_working_days(d(2024, 4, 26), 2)), "2024-05-03");
    // Saturday 4/5/2024 is a working day (swap): Friday 3/5 + 1 -> Saturday 4/5.
    EXPECT_EQ(to_iso(cal().after_working_days(d(2024, 5, 3), 1)), "2024-05-04");
    // A trigger on a day off: counting still starts the next day. Sunday 8/9/2024 + 5 -> Friday 13/9.
    EXPECT_EQ(to_iso(cal().after_working_days(d(2024, 9, 8), 5)), "2024-09-13");
}

TEST(TermsTest, MonthsEndOnTheCorrespondingDay) {
    EXPECT_EQ(to_iso(cal().after_months(d(2024, 1, 31), 1)), "2024-02-29");  // no 31/2: last day
    EXPECT_EQ(to_iso(cal().after_months(d(2023, 1, 31), 1)), "2023-02-28");
    // 6 months after 15/3/2024 = Sunday 15/9 -> Monday 16/9.
    EXPECT_EQ(to_iso(cal().after_months(d(2024, 3, 15), 6)), "2024-09-16");
}

TEST(TermsTest, CountingBackBeforeAnEvent) {
    // 5 days before Friday 20/9/2024 -> Sunday 15/9 -> back to Friday 13/9.
    EXPECT_EQ(to_iso(cal().before_days(d(2024, 9, 20), 5)), "2024-09-13");
    // 3 working days before Thursday 15/2/2024: 14..8/2 off -> 7, 6, 5/2.
    EXPECT_EQ(to_iso(cal().before_working_days(d(2024, 2, 15), 3)), "2024-02-05");
}

}  // namespace
}  // namespace vbtrack::calendar
