#include "pipeline/export/calendar_date.hpp"

#include <gtest/gtest.h>

namespace vbtrack {
namespace {

using namespace std::chrono;

Date ymd(int y, unsigned m, unsigned d) { return Date{year{y}, month{m}, day{d}}; }

TEST(CalendarDate, ParsesOnlyValidIsoDates) {
    EXPECT_EQ(parse_iso_date("2024-02-29"), ymd(2024, 2, 29));
    EXPECT_FALSE(parse_iso_date("2023-02-29"));  // not a leap year
    EXPECT_FALSE(parse_iso_date("2023-13-01"));
    EXPECT_FALSE(parse_iso_date("2023-1-05"));
    EXPECT_FALSE(parse_iso_date("15/04/2025"));
    EXPECT_FALSE(parse_iso_date(""));
}

TEST(CalendarDate, FormatsIsoAndBasic) {
    EXPECT_EQ(to_iso(ymd(2025, 4, 5)), "2025-04-05");
    EXPECT_EQ(to_basic_iso(ymd(2025, 4, 5)), "20250405");
}

TEST(CalendarDate, MonthlyOccurrenceIsThisMonthOrNext) {
    EXPECT_EQ(next_occurrence("*-20", ymd(2025, 3, 2)), ymd(2025, 3, 20));
    EXPECT_EQ(next_occurrence("*-20", ymd(2025, 3, 20)), ymd(2025, 3, 20));  // on the day counts
    EXPECT_EQ(next_occurrence("*-20", ymd(2025, 3, 21)), ymd(2025, 4, 20));
    EXPECT_EQ(next_occurrence("*-05", ymd(2025, 12, 6)), ymd(2026, 1, 5));
}

TEST(CalendarDate, DayTheMonthLacksFallsOnItsLastDay) {
    EXPECT_EQ(next_occurrence("*-31", ymd(2025, 4, 1)), ymd(2025, 4, 30));
    EXPECT_EQ(next_occurrence("*-31", ymd(2025, 2, 10)), ymd(2025, 2, 28));
    EXPECT_EQ(next_occurrence("02-29", ymd(2025, 1, 1)), ymd(2025, 2, 28));
    EXPECT_EQ(next_occurrence("02-29", ymd(2028, 1, 1)), ymd(2028, 2, 29));
}

TEST(CalendarDate, YearlyOccurrenceIsThisYearOrNext) {
    EXPECT_EQ(next_occurrence("02-01", ymd(2025, 1, 15)), ymd(2025, 2, 1));
    EXPECT_EQ(next_occurrence("02-01", ymd(2025, 2, 2)), ymd(2026, 2, 1));
}

TEST(CalendarDate, MalformedMonthDayHasNoOccurrence) {
    EXPECT_FALSE(next_occurrence("13-01", ymd(2025, 1, 1)));
    EXPECT_FALSE(next_occurrence("*-32", ymd(2025, 1, 1)));
    EXPECT_FALSE(next_occurrence("hằng tháng", ymd(2025, 1, 1)));
}

}  // namespace
}  // namespace vbtrack
